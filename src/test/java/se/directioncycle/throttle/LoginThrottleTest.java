package se.directioncycle.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The back-off rules on a hand-moved clock: no test here waits. */
class LoginThrottleTest {

  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  private final Ticker clock = nanos::get;
  private final LoginThrottle throttle = new LoginThrottle(
      new RateLimitProperties.Login(5, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(24)), clock);

  @Test
  void fiveFailuresAreFreeThenTheBackOffDoublesUpToFifteenMinutes() {
    assertThat(throttle.backOff(4)).isZero();
    assertThat(throttle.backOff(5)).isEqualTo(Duration.ofSeconds(1));
    assertThat(throttle.backOff(6)).isEqualTo(Duration.ofSeconds(2));
    assertThat(throttle.backOff(7)).isEqualTo(Duration.ofSeconds(4));
    assertThat(throttle.backOff(14)).isEqualTo(Duration.ofSeconds(512));
    assertThat(throttle.backOff(15)).isEqualTo(Duration.ofMinutes(15));
    assertThat(throttle.backOff(1_000)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void theFifthFailureMakesThatClientWaitForThatAccountOnly() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("kalix-skola", "192.0.2.1");
    }
    assertThat(throttle.waitFor("kalix-skola", "192.0.2.1")).isEmpty();
    throttle.failed("kalix-skola", "192.0.2.1");
    assertThat(throttle.waitFor("kalix-skola", "192.0.2.1")).contains(Duration.ofSeconds(1));
    assertThat(throttle.waitFor("kalix-skola", "192.0.2.2")).as("another client").isEmpty();
    assertThat(throttle.waitFor("kalix-fritid", "192.0.2.1")).as("another account").isEmpty();

    advance(Duration.ofMillis(400));
    assertThat(throttle.waitFor("kalix-skola", "192.0.2.1")).contains(Duration.ofMillis(600));
    advance(Duration.ofMillis(600));
    assertThat(throttle.waitFor("kalix-skola", "192.0.2.1")).isEmpty();
    throttle.failed("kalix-skola", "192.0.2.1");
    assertThat(throttle.waitFor("kalix-skola", "192.0.2.1")).contains(Duration.ofSeconds(2));
  }

  @Test
  void aSuccessResetsThePair() {
    for (int i = 0; i < 6; i++) {
      throttle.failed("kalix-skola", "192.0.2.1");
    }
    throttle.succeeded("kalix-skola", "192.0.2.1");
    assertThat(throttle.waitFor("kalix-skola", "192.0.2.1")).isEmpty();
    for (int i = 0; i < 4; i++) {
      throttle.failed("kalix-skola", "192.0.2.1");
    }
    assertThat(throttle.waitFor("kalix-skola", "192.0.2.1")).as("counting starts again").isEmpty();
  }

  @Test
  void aPairIsForgottenADayAfterItsLastFailure() {
    for (int i = 0; i < 15; i++) {
      throttle.failed("kalix-skola", "192.0.2.1");
    }
    advance(Duration.ofHours(24).plusSeconds(1));
    throttle.failed("kalix-skola", "192.0.2.1");
    assertThat(throttle.waitFor("kalix-skola", "192.0.2.1")).as("one failure after the pair was forgotten").isEmpty();
  }

  @Test
  void anIpv6ClientCountsByItsSlash64() {
    assertThat(ClientAddress.of("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo(ClientAddress.of("2001:db8:1:2::1"))
        .isEqualTo("2001:db8:1:2:0:0:0:0/64");
    assertThat(ClientAddress.of("2001:db8:1:3::1")).isNotEqualTo(ClientAddress.of("2001:db8:1:2::1"));
    assertThat(ClientAddress.of("192.0.2.7")).isEqualTo("192.0.2.7");
  }

  @Test
  void theUserIdIsReadFromBasicCredentials() {
    assertThat(BasicCredentials.user("Basic a2FsaXgtc2tvbGE6aGVtbGlnOnQ=")).contains("kalix-skola"); // kalix-skola:hemlig:t
    assertThat(BasicCredentials.user("Basic !!!")).isEmpty();
    assertThat(BasicCredentials.user("Bearer abc")).isEmpty();
    assertThat(BasicCredentials.user(null)).isEmpty();
  }

  @Test
  void theRetryAfterIsInWholeSecondsRoundedUpAndSaidInSwedish() {
    assertThat(TooManyRequests.seconds(Duration.ofMillis(1))).isEqualTo(1);
    assertThat(TooManyRequests.seconds(Duration.ofMillis(1001))).isEqualTo(2);
    assertThat(TooManyRequests.inSeconds(1)).isEqualTo("1 sekund");
    assertThat(TooManyRequests.inSeconds(900)).isEqualTo("900 sekunder");
  }

  private void advance(Duration duration) {
    nanos.addAndGet(duration.toNanos());
  }
}
