package se.directioncycle.throttle;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failed logins per (account, client address), in memory on this node and bounded: after
 * {@code freeFailures} failures the pair must wait {@code firstBackOff} after its last failure, doubled per
 * further failure up to {@code maxBackOff}. Attempts refused while waiting do not count (no password was
 * checked). A success forgets the pair; so does {@code forgetAfter} without a failure.
 */
final class LoginThrottle {

  static final int MAX_PAIRS = 100_000;
  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
  private static final int MAX_USER_ID_LENGTH = 128;

  private record Pair(String user, String client) {}

  private record Failures(int count, long lastFailureNanos) {}

  private final RateLimitProperties.Login settings;
  private final Ticker ticker;
  private final Cache<Pair, Failures> failures;

  LoginThrottle(RateLimitProperties.Login settings, Ticker ticker) {
    this.settings = settings;
    this.ticker = ticker;
    this.failures = Caffeine.newBuilder().ticker(ticker).maximumSize(MAX_PAIRS)
        .expireAfterWrite(settings.forgetAfter()).build();
  }

  /** How long this client must still wait before it may try this account again; empty when it may now. */
  Optional<Duration> waitFor(String user, String client) {
    Failures recorded = failures.getIfPresent(pair(user, client));
    if (recorded == null) {
      return Optional.empty();
    }
    long left = recorded.lastFailureNanos() + backOff(recorded.count()).toNanos() - ticker.read();
    return left > 0 ? Optional.of(Duration.ofNanos(left)) : Optional.empty();
  }

  void failed(String user, String client) {
    Failures now = failures.asMap().merge(pair(user, client), new Failures(1, ticker.read()),
        (before, one) -> new Failures(before.count() + 1, one.lastFailureNanos()));
    Duration backOff = backOff(now.count());
    if (!backOff.isZero()) {
      LOG.warn("Login of user '{}' from client {} failed {} times in a row; that client must wait {} s before"
          + " its next attempt for that user", printable(user), client, now.count(), TooManyRequests.seconds(backOff));
    }
  }

  void succeeded(String user, String client) {
    failures.invalidate(pair(user, client));
  }

  /** Zero up to {@code freeFailures}, then first, 2 × first, 4 × first … capped at the maximum. */
  Duration backOff(int failureCount) {
    int doublings = failureCount - settings.freeFailures();
    if (doublings < 0) {
      return Duration.ZERO;
    }
    if (doublings >= 30) {
      return settings.maxBackOff();
    }
    Duration backOff = settings.firstBackOff().multipliedBy(1L << doublings);
    return backOff.compareTo(settings.maxBackOff()) > 0 ? settings.maxBackOff() : backOff;
  }

  private static Pair pair(String user, String client) {
    String id = user == null ? "" : user;
    return new Pair(id.length() > MAX_USER_ID_LENGTH ? id.substring(0, MAX_USER_ID_LENGTH) : id, client);
  }

  /** User ids are letters, digits and dashes; anything else a client typed is not echoed into the log. */
  private static String printable(String user) {
    String id = user == null ? "" : user;
    return id.matches("[A-Za-z0-9-]{1,64}") ? id : "(not a valid user id)";
  }
}
