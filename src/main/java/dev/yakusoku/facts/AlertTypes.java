package dev.yakusoku.facts;

/**
 * The alert types the shipped rules raise, named once for the rules and for the Java that gives
 * some of them a meaning beyond their rule (the ledger's inhibition, {@code alerts.Inhibition}). A
 * rule may write {@code AlertDraft.of( AlertTypes.BROKEN_PROMISE, ... )} or the same text as a
 * literal; a new type of a new rule needs no constant here.
 */
public final class AlertTypes {
  /** A promise passed its due time unkept ({@code promises.drl}). */
  public static final String BROKEN_PROMISE = "BROKEN_PROMISE";

  /** Most of a promise's window has passed with the promise unkept ({@code promises.drl}). */
  public static final String PROMISE_AT_RISK = "PROMISE_AT_RISK";

  /**
   * A party outside the company pressed a matter again while a promise on it is open ({@code
   * escalations.drl}).
   */
  public static final String DUPLICATE_ESCALATION = "DUPLICATE_ESCALATION";

  /**
   * A wait passed its follow-up deadline with nothing from the party ({@code dependencies.drl}).
   */
  public static final String STALLED_DEPENDENCY = "STALLED_DEPENDENCY";

  /** An inbound contact could not be tied to one matter ({@code routing.drl}); it has no matter. */
  public static final String UNROUTED_CONTACT = "UNROUTED_CONTACT";

  /** An open promise's owner is away over its due time ({@code availability.drl}). */
  public static final String OWNER_AWAY = "OWNER_AWAY";

  private AlertTypes() {}
}
