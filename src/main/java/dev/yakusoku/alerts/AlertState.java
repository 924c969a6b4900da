package dev.yakusoku.alerts;

/** The states of contract section 2. */
public final class AlertState {
  public static final String OPEN = "open";

  /** Quiet until a time a manager chose; an extension of the contract's states. */
  public static final String SNOOZED = "snoozed";

  public static final String ACKNOWLEDGED = "acknowledged";
  public static final String RESOLVED = "resolved";

  private AlertState() {}
}
