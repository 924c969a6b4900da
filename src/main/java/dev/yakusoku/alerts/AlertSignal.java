package dev.yakusoku.alerts;

import dev.yakusoku.facts.AlertDraft;
import java.time.Instant;
import java.util.List;
import org.apache.commons.codec.digest.DigestUtils;

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
    String reason)
    implements AlertJudgement {

  public enum Kind {
    RAISE,
    DISPROVE
  }

  /** The longest summary, and rule name, an alert keeps (the widths of their columns). */
  static final int MAX_SUMMARY = 4000;

  static final int MAX_RULE = 500;

  /**
   * The longest dedup key kept as a rule builds it; a longer one is shortened (see {@link #key}).
   */
  static final int MAX_KEY = 1000;

  public static AlertSignal raise(AlertDraft d, String ruleSet) {
    return new AlertSignal(
        Kind.RAISE,
        d.getType(),
        d.getSeverity(),
        d.getMatterId(),
        d.getTeam(),
        d.getManager(),
        shortened(d.getSummary(), MAX_SUMMARY),
        key(d.getDedupKey()),
        d.getRaisedAt(),
        d.getEvidence(),
        d.getNotes(),
        shortened(d.getRule(), MAX_RULE),
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
        key(dedupKey),
        raisedAt,
        List.of(),
        List.of(),
        null,
        ruleSet,
        at,
        reason);
  }

  /**
   * A dedup key as stored: the rule's own, or for one longer than {@link #MAX_KEY} its beginning
   * and a digest of the whole, so two long keys stay apart and the same key always shortens alike.
   */
  static String key(String dedupKey) {
    if (dedupKey == null || dedupKey.length() <= MAX_KEY) {
      return dedupKey;
    }
    String digest = DigestUtils.sha256Hex(dedupKey);
    return dedupKey.substring(0, MAX_KEY - digest.length() - 1) + "#" + digest;
  }

  private static String shortened(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /** Names one occurrence of an alert; the same judgement replayed gives the same key. */
  public String occurrenceKey() {
    return dedupKey + "@" + raisedAt;
  }
}
