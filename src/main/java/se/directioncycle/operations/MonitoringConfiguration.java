package se.directioncycle.operations;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** `/actuator/*` sits behind the same HTTP Basic login as the APIs (see access/WebSecurityConfiguration), then this. */
@Configuration
class MonitoringConfiguration {

  @Bean
  FilterRegistrationBean<MonitoringAccessFilter> monitoringAccess(IdentityService identityService) {
    FilterRegistrationBean<MonitoringAccessFilter> registration =
        new FilterRegistrationBean<>(new MonitoringAccessFilter(identityService));
    registration.addUrlPatterns("/actuator/*", "/actuator");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }
}
