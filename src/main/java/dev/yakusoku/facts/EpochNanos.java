package dev.yakusoku.facts;

import java.time.Instant;

/**
 * Instants as nanoseconds since the epoch, for comparing a deadline with {@link Now}: Drools keeps
 * facts sorted by a numeric field it joins on with {@code <} or {@code >}, so a clock step finds
 * the deadlines it passes without looking at the others (an {@link Instant} field is not sortable
 * for it). Exact from 1677 to 2262; times beyond saturate.
 */
public final class EpochNanos {
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private EpochNanos() {}

  public static long of(Instant time) {
    long seconds = time.getEpochSecond();
    if (seconds >= Long.MAX_VALUE / NANOS_PER_SECOND) {
      return Long.MAX_VALUE;
    }
    if (seconds <= Long.MIN_VALUE / NANOS_PER_SECOND) {
      return Long.MIN_VALUE;
    }
    return seconds * NANOS_PER_SECOND + time.getNano();
  }
}
