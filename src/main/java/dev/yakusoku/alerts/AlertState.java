package dev.yakusoku.alerts;

/** The states of contract section 2. */
public final class AlertState {
  public static final String OPEN = "open";
  public static final String ACKNOWLEDGED = "acknowledged";
  public static final String RESOLVED = "resolved";

  private AlertState() {}
}
