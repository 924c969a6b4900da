package dev.yakusoku.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The alerts that judging {@code matters} again from their stored events, in time order, gives them
 * ({@code expected}, resolved ones included, each with the occurrences it was raised under),
 * because of {@code reason} (an event that came late, or a quarantine), at engine time {@code at}.
 * The store makes the matters' alerts agree: it raises what the store lacks, resolves what the
 * events no longer raise, and reopens what only the engine had resolved.
 */
public record Rejudgement(Set<String> matters, List<Expected> expected, String reason, Instant at)
    implements AlertJudgement {

  /** An alert as the in-order judgement has it, and the occurrence keys recorded on it. */
  public record Expected(Alert alert, List<String> occurrenceKeys) {}
}
