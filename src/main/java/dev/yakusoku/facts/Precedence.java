package dev.yakusoku.facts;

import java.time.Duration;
import java.time.Instant;

/**
 * Helpers for rules that must pick one fact among several that match, the same one whatever order
 * the facts were inserted in.
 */
public final class Precedence {
  private static final Instant BASE = Instant.parse("2000-01-01T00:00:00Z");

  private Precedence() {}

  /**
   * A salience that lets the match on the earliest {@code time} fire first: {@code salience (
   * earliestFirst( $x.time ) )}, with a consequence that makes the others moot (a {@code modify}
   * that unmatches them). It is below every fixed salience, to the second, and lower for later
   * times.
   */
  public static int earliestFirst(Instant time) {
    long seconds = Duration.between(BASE, time).getSeconds();
    return (int) -Math.max(0, Math.min(seconds, Integer.MAX_VALUE - 1L)) - 1;
  }
}
