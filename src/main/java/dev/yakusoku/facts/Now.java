package dev.yakusoku.facts;

import java.time.Instant;

/** The engine clock as a fact: rules compare deadlines with {@code Now.time}. */
public class Now {
  private Instant time;

  public Now(Instant time) {
    this.time = time;
  }

  public Instant getTime() {
    return time;
  }

  /**
   * The time in nanoseconds since the epoch, to compare with deadlines such as {@code
   * Promise.dueEpochNanos}.
   */
  public long getEpochNanos() {
    return EpochNanos.of(time);
  }

  public void setTime(Instant time) {
    this.time = time;
  }

  @Override
  public String toString() {
    return "Now[" + time + "]";
  }
}
