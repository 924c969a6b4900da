package dev.yakusoku.alerts;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a stored change of an alert tells its managers (contract section 7, {@code event}). */
public enum AlertEvent {
  RAISED("raised"),
  OCCURRED_AGAIN("occurred-again"),
  ACKNOWLEDGED("acknowledged"),
  RESOLVED("resolved"),
  ESCALATED("escalated"),
  SNOOZE_ENDED("snooze-ended");

  private final String wire;

  AlertEvent(String wire) {
    this.wire = wire;
  }

  /** The name clients read. */
  @JsonValue
  public String wire() {
    return wire;
  }

  /** The event of {@code wire}, as {@link #wire()} names it. */
  public static AlertEvent ofWire(String wire) {
    for (AlertEvent e : values()) {
      if (e.wire.equals(wire)) {
        return e;
      }
    }
    throw new IllegalArgumentException("no alert event " + wire);
  }
}
