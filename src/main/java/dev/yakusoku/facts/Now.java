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

  public void setTime(Instant time) {
    this.time = time;
  }

  @Override
  public String toString() {
    return "Now[" + time + "]";
  }
}
