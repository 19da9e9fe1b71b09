package se.directioncycle.throttle;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Optional;

/**
 * One token bucket per client address for the {@link RateLimited} endpoints: {@code requests} tokens, refilled
 * evenly over {@code period}. Buckets live in memory on this node; a bucket unused for a whole period is full
 * again and is forgotten.
 */
final class AnonymousRateLimiter {

  static final int MAX_CLIENTS = 100_000;

  private final RateLimitProperties.Anonymous settings;
  private final Cache<String, Bucket> buckets;

  AnonymousRateLimiter(RateLimitProperties.Anonymous settings) {
    this.settings = settings;
    this.buckets = Caffeine.newBuilder().maximumSize(MAX_CLIENTS).expireAfterAccess(settings.period()).build();
  }

  /** Takes one request from the client's bucket; empty if allowed, else how long until the next one is. */
  Optional<Duration> take(String client) {
    ConsumptionProbe probe = buckets.get(client, any -> newBucket()).tryConsumeAndReturnRemaining(1);
    return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  private Bucket newBucket() {
    return Bucket.builder().addLimit(Bandwidth.builder().capacity(settings.requests())
        .refillGreedy(settings.requests(), settings.period()).build()).build();
  }
}
