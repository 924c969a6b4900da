package dev.yakusoku.ingest;

import java.time.Duration;

/**
 * How long the outbox relay rests after a failed pass: {@code min}, doubled after every further
 * failure up to {@code max}, and nothing once a pass succeeds. Measured on a monotonic clock: this
 * paces retries and judges nothing.
 */
final class RelayBackoff {
  private final long minNanos;
  private final long maxNanos;
  private long delayNanos;
  private long restUntil;
  private boolean resting;

  RelayBackoff(Duration min, Duration max) {
    this.minNanos = min.toNanos();
    this.maxNanos = Math.max(minNanos, max.toNanos());
  }

  /** Whether a pass should wait: a recent failure's rest has not ended yet. */
  synchronized boolean resting(long nanoTime) {
    return resting && nanoTime - restUntil < 0;
  }

  synchronized void failed(long nanoTime) {
    delayNanos = resting ? Math.min(maxNanos, delayNanos * 2) : minNanos;
    resting = true;
    restUntil = nanoTime + delayNanos;
  }

  synchronized void succeeded() {
    resting = false;
  }

  synchronized Duration delay() {
    return resting ? Duration.ofNanos(delayNanos) : Duration.ZERO;
  }
}
