package se.directioncycle.throttle;

import java.util.Optional;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;

/**
 * Camunda's database identity provider with every password check counted per (account, client address). A
 * pair that must wait is refused without checking the password, exactly like a wrong one; the HTTP entry
 * points answer 429 before they get here ({@link LoginThrottleFilter}), so this is the guard for any other way
 * a password reaches the engine.
 */
class ThrottlingIdentityProvider extends DbIdentityServiceProvider {

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
    if (throttle.waitFor(userId, client.get()).isPresent()) {
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
