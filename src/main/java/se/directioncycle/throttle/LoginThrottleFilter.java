package se.directioncycle.throttle;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs first on every request: binds the client address for the engine's password check ({@link LoginClient})
 * and, for HTTP Basic credentials whose (account, client) pair must still wait, answers 429 with
 * {@code Retry-After} before the password is checked. The webapps' login form is answered by the engine's check
 * itself ({@link ThrottledLoginAnswer}), so no path is matched here.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottleFilter.class);

  private final LoginThrottle throttle;
  private final Counter refused;

  LoginThrottleFilter(LoginThrottle throttle, MeterRegistry meters) {
    this.throttle = throttle;
    this.refused = Counter.builder("directioncycle.rate.limited").tag("kind", "login")
        .description(TooManyRequests.METRIC_DESCRIPTION).register(meters);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String client = ClientAddress.of(request);
    Optional<String> user = BasicCredentials.user(request.getHeader("Authorization"));
    if (user.isPresent()) {
      Optional<Duration> wait = throttle.waitFor(user.get(), client);
      if (wait.isPresent()) {
        refused.increment();
        LOG.debug("Refused a login attempt for a throttled user from client {}", client);
        TooManyRequests.loginRefused(response, wait.get());
        return;
      }
    }
    LoginClient.bind(client);
    try {
      chain.doFilter(request, response);
    } finally {
      LoginClient.clear();
    }
  }
}
