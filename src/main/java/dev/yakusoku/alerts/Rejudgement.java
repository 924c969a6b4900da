package dev.yakusoku.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The alerts that judging {@code matters} again from their stored events, in time order, gives
 * them, and gives {@code calls} (calls whose matter changed: the alerts of no matter citing them
 * are judged too), as {@code expected} (resolved ones included, each with the occurrences it was
 * raised under), because of {@code reason} (an event that came late, a call tied anew, a
 * quarantine), at engine time {@code at}. The store makes those alerts agree: it raises what the
 * store lacks, resolves what the events no longer raise, and reopens what only the engine had
 * resolved.
 */
public record Rejudgement(
    Set<String> matters, Set<String> calls, List<Expected> expected, String reason, Instant at)
    implements AlertJudgement {

  /** An alert as the in-order judgement has it, and the occurrence keys recorded on it. */
  public record Expected(Alert alert, List<String> occurrenceKeys) {}
}
