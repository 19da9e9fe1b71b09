package se.directioncycle.throttle;

import java.time.Duration;
import java.util.Optional;
import se.directioncycle.council.AllCoordinators;

/**
 * Camunda's database identity provider (with the coordinators' shared group following the coordinator groups,
 * {@link AllCoordinators}) with every password check counted per (account, client address). A
 * pair that must wait is refused without checking the password, exactly like a wrong one, and the refusal is
 * noted for the request ({@link LoginClient}), so the webapps' login answers 429 ({@link ThrottledLoginAnswer})
 * whatever its path looked like; HTTP Basic is answered 429 earlier, from its credentials
 * ({@link LoginThrottleFilter}).
 */
class ThrottlingIdentityProvider extends AllCoordinators.FollowingIdentityStore {

  private final LoginThrottle throttle;

  ThrottlingIdentityProvider(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    Optional<String> client = LoginClient.current();
    if (client.isEmpty()) {
      return super.checkPassword(userId, password);
    }
    Optional<Duration> wait = throttle.waitFor(userId, client.get());
    if (wait.isPresent()) {
      LoginClient.refused(wait.get());
      return false;
    }
    boolean matches = super.checkPassword(userId, password);
    if (matches) {
      throttle.succeeded(userId, client.get());
    } else {
      throttle.failed(userId, client.get());
    }
    return matches;
  }
}
