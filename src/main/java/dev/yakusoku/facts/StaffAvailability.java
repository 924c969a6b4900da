package dev.yakusoku.facts;

import java.time.Instant;

/** {@code staff.availability}: a staff member is {@code available} or {@code away}. */
public record StaffAvailability(
    String ref, String staff, String status, Instant time, Instant until) {
  public String getRef() {
    return ref;
  }

  public String getStaff() {
    return staff;
  }

  public String getStatus() {
    return status;
  }

  public Instant getTime() {
    return time;
  }

  public Instant getUntil() {
    return until;
  }

  public boolean isAway() {
    return "away".equals(status);
  }
}
