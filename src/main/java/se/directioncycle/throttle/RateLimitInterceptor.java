package se.directioncycle.throttle;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Applies {@link AnonymousRateLimiter} to the handlers marked {@link RateLimited}, whatever their URL. */
class RateLimitInterceptor implements HandlerInterceptor {

  private static final Logger LOG = LoggerFactory.getLogger(RateLimitInterceptor.class);

  private final AnonymousRateLimiter limiter;
  private final Counter refused;

  RateLimitInterceptor(AnonymousRateLimiter limiter, MeterRegistry meters) {
    this.limiter = limiter;
    this.refused = Counter.builder("directioncycle.rate.limited").tag("kind", "anonymous")
        .description(TooManyRequests.METRIC_DESCRIPTION).register(meters);
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws IOException {
    if (!(handler instanceof HandlerMethod method) || !limited(method)) {
      return true;
    }
    String client = ClientAddress.of(request);
    Optional<Duration> wait = limiter.take(client);
    if (wait.isEmpty()) {
      return true;
    }
    refused.increment();
    LOG.debug("Rate limit reached for client {} on {}", client, method.getShortLogMessage());
    TooManyRequests.requestRefused(response, wait.get());
    return false;
  }

  private static boolean limited(HandlerMethod method) {
    return method.hasMethodAnnotation(RateLimited.class) || method.getBeanType().isAnnotationPresent(RateLimited.class);
  }
}
