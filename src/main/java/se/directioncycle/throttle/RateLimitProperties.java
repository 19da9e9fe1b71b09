package se.directioncycle.throttle;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** `directioncycle.rate-limit.*`: the anonymous endpoints' limit per client and the login back-off. */
@ConfigurationProperties("directioncycle.rate-limit")
record RateLimitProperties(@DefaultValue Anonymous anonymous, @DefaultValue Login login) {

  /** At most {@code requests} per {@code period} per client address, refilled evenly over the period. */
  record Anonymous(@DefaultValue("120") int requests, @DefaultValue("PT1M") Duration period) {
    Anonymous {
      if (requests < 1 || period.isNegative() || period.isZero()) {
        throw new IllegalArgumentException("directioncycle.rate-limit.anonymous needs requests >= 1 and a positive period");
      }
    }
  }

  /**
   * After {@code freeFailures} failed logins of one account from one client, that client waits {@code firstBackOff},
   * doubled per further failure up to {@code maxBackOff}. A pair is forgotten {@code forgetAfter} after its last
   * failure.
   */
  record Login(@DefaultValue("5") int freeFailures, @DefaultValue("PT1S") Duration firstBackOff,
      @DefaultValue("PT15M") Duration maxBackOff, @DefaultValue("PT24H") Duration forgetAfter) {
    Login {
      if (freeFailures < 1 || firstBackOff.isNegative() || firstBackOff.isZero() || maxBackOff.compareTo(firstBackOff) < 0
          || forgetAfter.compareTo(maxBackOff) < 0) {
        throw new IllegalArgumentException("directioncycle.rate-limit.login needs free-failures >= 1 and"
            + " 0 < first-back-off <= max-back-off <= forget-after");
      }
    }
  }
}
