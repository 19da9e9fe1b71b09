package se.directioncycle.throttle;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.Optional;
import se.directioncycle.web.ErrorResponses;

/**
 * A login the engine refused unchecked because its (account, client) pair must wait becomes 429 with
 * {@code Retry-After} and a Swedish message instead of a plain 401. Decided on what the password check did in
 * this request, in every Jersey application, not on the path of the login.
 */
class ThrottledLoginAnswer implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Optional<Duration> wait = LoginClient.refusal();
    if (wait.isEmpty() || response.getStatus() != 401) {
      return;
    }
    long seconds = TooManyRequests.seconds(wait.get());
    response.setStatus(TooManyRequests.STATUS);
    response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
    response.setEntity(ErrorResponses.json(TooManyRequests.LOGIN_TYPE,
        TooManyRequests.loginMessage(seconds)), null, MediaType.APPLICATION_JSON_TYPE);
  }
}
