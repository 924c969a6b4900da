package dev.yakusoku.alerts;

import dev.yakusoku.facts.AlertTypes;
import java.util.List;
import java.util.Map;

/**
 * Inhibition, the one policy of the alert ledger that acts across alert types: while a matter has
 * an unresolved alert of the {@link #INHIBITING} type (a broken promise), that matter's lesser
 * alerts give way to it.
 *
 * <ul>
 *   <li>{@link AlertTypes#PROMISE_AT_RISK} is {@linkplain Effect#RESOLVE resolved} by the engine
 *       with {@link #reason}, whether it was raised before the broken promise or after it;
 *   <li>{@link AlertTypes#DUPLICATE_ESCALATION} is {@linkplain Effect#ATTACH attached}: a new
 *       occurrence joins the broken promise's alert instead of raising or growing its own;
 *   <li>every other type is left alone.
 * </ul>
 *
 * <p>The scope is the matter: only an alert on the same matter is inhibited, and an alert of no
 * matter neither inhibits nor is inhibited. Unresolved means open, acknowledged or snoozed; a
 * broken promise resolved (by a manager, or by late evidence) inhibits nothing more, and what it
 * inhibited stays resolved. The ledger ({@link AlertLedger}) applies it as it raises alerts, live
 * and in scenario runs, rule tests and backtests alike, and records each signal under its
 * occurrence key, so a replay gives the same result. Rule authors read it in {@code
 * docs/rule-authoring.md}, "Inhibition".
 */
public final class Inhibition {
  /** The type whose unresolved alert inhibits the others of its matter. */
  public static final String INHIBITING = AlertTypes.BROKEN_PROMISE;

  /** The note an attached occurrence leaves on the inhibiting alert, before its own summary. */
  public static final String ATTACHED_NOTE = "a duplicate escalation while the promise is broken";

  /** What an unresolved alert of the inhibiting type does to an alert of its matter. */
  public enum Effect {
    /** Nothing: the alert is raised and grows as any other. */
    NONE,
    /**
     * The alert is resolved by the engine with {@link #reason}, at the raise time of whichever of
     * the two was raised second.
     */
    RESOLVE,
    /**
     * The occurrence's evidence and a note ({@link #ATTACHED_NOTE}: its summary) join the
     * inhibiting alert, under the occurrence's own key; no alert of its own is raised or grown.
     */
    ATTACH
  }

  private static final Map<String, Effect> EFFECTS =
      Map.of(
          AlertTypes.PROMISE_AT_RISK, Effect.RESOLVE,
          AlertTypes.DUPLICATE_ESCALATION, Effect.ATTACH);

  private static final List<String> RESOLVED =
      EFFECTS.entrySet().stream()
          .filter(e -> e.getValue() == Effect.RESOLVE)
          .map(Map.Entry::getKey)
          .sorted()
          .toList();

  private Inhibition() {}

  /** What an unresolved inhibiting alert on its matter does to an alert of {@code type}. */
  public static Effect on(String type) {
    return type == null ? Effect.NONE : EFFECTS.getOrDefault(type, Effect.NONE);
  }

  /** Whether an alert of {@code type} inhibits the others of its matter. */
  public static boolean inhibits(String type) {
    return INHIBITING.equals(type);
  }

  /** The types an inhibiting alert resolves, those raised before it included. */
  public static List<String> resolvedTypes() {
    return RESOLVED;
  }

  /** Whether an alert on {@code matterId} is within the policy's scope: it is on a matter. */
  public static boolean applies(String matterId) {
    return matterId != null;
  }

  /** The resolution of an alert inhibited by the alert {@code inhibitingAlertId}. */
  public static String reason(String inhibitingAlertId) {
    return "inhibited: a promise on this matter is broken, see alert " + inhibitingAlertId;
  }
}
