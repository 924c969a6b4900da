package dev.yakusoku.alerts;

import dev.yakusoku.facts.AlertDraft;
import java.time.Instant;
import java.util.List;

/**
 * What an engine says about alerts, on the {@code alert-signals} channel: raise one (a new alert or
 * another occurrence), or disprove the occurrence raised under {@code dedupKey} at {@code
 * raisedAt}. Keyed by matter id when it crosses a broker.
 */
public record AlertSignal(
    Kind kind,
    String type,
    String severity,
    String matterId,
    String team,
    String manager,
    String summary,
    String dedupKey,
    Instant raisedAt,
    List<String> evidence,
    List<String> notes,
    String rule,
    String ruleSet,
    Instant at,
    String reason) {

  public enum Kind {
    RAISE,
    DISPROVE
  }

  public static AlertSignal raise(AlertDraft d, String ruleSet) {
    return new AlertSignal(
        Kind.RAISE,
        d.getType(),
        d.getSeverity(),
        d.getMatterId(),
        d.getTeam(),
        d.getManager(),
        d.getSummary(),
        d.getDedupKey(),
        d.getRaisedAt(),
        d.getEvidence(),
        d.getNotes(),
        d.getRule(),
        ruleSet,
        d.getRaisedAt(),
        null);
  }

  public static AlertSignal disprove(
      String dedupKey, Instant raisedAt, Instant at, String reason, String ruleSet) {
    return new AlertSignal(
        Kind.DISPROVE,
        null,
        null,
        null,
        null,
        null,
        null,
        dedupKey,
        raisedAt,
        List.of(),
        List.of(),
        null,
        ruleSet,
        at,
        reason);
  }

  /** Names one occurrence of an alert; the same judgement replayed gives the same key. */
  public String occurrenceKey() {
    return dedupKey + "@" + raisedAt;
  }
}
