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

  /** {@link #getUntil} by a name rules can write ({@code until} is a word of the rule language). */
  public Instant getBackAt() {
    return until;
  }

  public boolean isAway() {
    return "away".equals(status);
  }

  /** Whether this word puts them away past {@code time}: away until after it, or until unsaid. */
  public boolean awayPast(Instant time) {
    return isAway() && (until == null || until.isAfter(time));
  }
}
