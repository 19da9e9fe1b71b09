package se.directioncycle.benchmark;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The run's time line: warm-up, then measuring until the end; and the person's pause between two requests, so
 * that the client threads act like people working at once rather than a load generator saturating two cores.
 */
final class LatencyClock {

  private final long warmUpNanos;
  private final long measureNanos;
  private final int thinkMillis;
  private volatile long startNanos;
  private volatile long warmUpEndsNanos;
  private volatile long endNanos;

  LatencyClock(int warmUpSeconds, int measureSeconds, int thinkMillis) {
    this.warmUpNanos = warmUpSeconds * 1_000_000_000L;
    this.measureNanos = measureSeconds * 1_000_000_000L;
    this.thinkMillis = thinkMillis;
    begin();
  }

  /** Starts the warm-up now (after the logins, which are not part of the run). */
  void begin() {
    startNanos = System.nanoTime();
    warmUpEndsNanos = startNanos + warmUpNanos;
    endNanos = warmUpEndsNanos + measureNanos;
  }

  boolean running() {
    return System.nanoTime() < endNanos;
  }

  /** A sample that ends now; it counts as warm-up if it ends before the warm-up is over. */
  LatencySamples.Sample sample(String kind, String user, double millis, int requests, int status) {
    long now = System.nanoTime();
    return new LatencySamples.Sample(kind, user, now < warmUpEndsNanos, (now - startNanos) / 1e9, millis, requests,
        status);
  }

  /** Half to one and a half times the configured pause, so that the threads do not run in step. */
  void think() {
    if (thinkMillis <= 0) {
      return;
    }
    try {
      Thread.sleep(ThreadLocalRandom.current().nextInt(thinkMillis / 2, thinkMillis * 3 / 2 + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
