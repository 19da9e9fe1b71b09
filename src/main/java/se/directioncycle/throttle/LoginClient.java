package se.directioncycle.throttle;

import java.time.Duration;
import java.util.Optional;

/**
 * The client address of the HTTP request this thread is serving, for the engine's password check, which has no
 * request of its own. Bound by {@link LoginThrottleFilter}, which runs before every login filter (Spring's own
 * {@code RequestContextFilter} runs after Camunda's HTTP Basic filter, so its holder is still empty there).
 */
final class LoginClient {

  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();
  private static final ThreadLocal<Duration> REFUSAL = new ThreadLocal<>();

  private LoginClient() {}

  static void bind(String client) {
    CURRENT.set(client);
  }

  static void clear() {
    CURRENT.remove();
    REFUSAL.remove();
  }

  /** The password check of this request was refused unchecked: the pair must wait this long. */
  static void refused(Duration wait) {
    REFUSAL.set(wait);
  }

  static Optional<Duration> refusal() {
    return Optional.ofNullable(REFUSAL.get());
  }

  /** Empty outside an HTTP request (engine-internal calls, tests): such checks are not throttled. */
  static Optional<String> current() {
    return Optional.ofNullable(CURRENT.get());
  }
}
