package se.directioncycle.throttle;

import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Wires the login throttle (engine plugin and filter) and the anonymous endpoints' rate limit. */
@Configuration
@EnableConfigurationProperties(RateLimitProperties.class)
class ThrottleConfiguration implements WebMvcConfigurer {

  private final RateLimitProperties properties;
  private final MeterRegistry meters;

  ThrottleConfiguration(RateLimitProperties properties, MeterRegistry meters) {
    this.properties = properties;
    this.meters = meters;
  }

  @Bean
  LoginThrottle loginThrottle() {
    return new LoginThrottle(properties.login(), Ticker.systemTicker());
  }

  /** Before every other filter, so that the HTTP Basic filter and the webapps' login see the bound client. */
  @Bean
  FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle) {
    FilterRegistrationBean<LoginThrottleFilter> registration =
        new FilterRegistrationBean<>(new LoginThrottleFilter(throttle, meters));
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new RateLimitInterceptor(new AnonymousRateLimiter(properties.anonymous()), meters));
  }
}
