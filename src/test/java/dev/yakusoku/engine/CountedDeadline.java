package dev.yakusoku.engine;

import dev.yakusoku.facts.EpochNanos;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** A deadline fact for {@link ClockStepWorkTest} that counts how often the engine reads it. */
public class CountedDeadline {
  static final AtomicLong READS = new AtomicLong();

  private final Instant due;
  private boolean passed;

  public CountedDeadline(Instant due) {
    this.due = due;
  }

  public long getDueEpochNanos() {
    READS.incrementAndGet();
    return EpochNanos.of(due);
  }

  public boolean isPassed() {
    return passed;
  }

  public void setPassed(boolean passed) {
    this.passed = passed;
  }
}
