package dev.yakusoku.facts;

import java.time.Instant;

/**
 * A matter waiting on a party ({@code dependency.waiting}, or an outbound contact that asked the
 * party to wait). Any inbound contact from that party, or {@code dependency.cleared}, ends it.
 */
public class Wait implements MatterScoped {
  private final String ref;
  private final String matterId;
  private final String on;
  private final Instant startedAt;
  private final Instant followUpDue;
  private Instant endedAt;
  private String endedBy;
  private boolean stalledReported;

  public Wait(String ref, String matterId, String on, Instant startedAt, Instant followUpDue) {
    this.ref = ref;
    this.matterId = matterId;
    this.on = on;
    this.startedAt = startedAt;
    this.followUpDue = followUpDue;
  }

  public String getRef() {
    return ref;
  }

  @Override
  public String getMatterId() {
    return matterId;
  }

  /** The party the matter waits on. */
  public String getOn() {
    return on;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFollowUpDue() {
    return followUpDue;
  }

  /**
   * {@link #getFollowUpDue} in nanoseconds since the epoch, to compare with {@code Now.epochNanos}.
   */
  public long getFollowUpDueEpochNanos() {
    return EpochNanos.of(followUpDue);
  }

  public boolean isOpen() {
    return endedAt == null;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public String getEndedBy() {
    return endedBy;
  }

  public void end(Instant at, String eventRef) {
    this.endedAt = at.isBefore(startedAt) ? startedAt : at;
    this.endedBy = eventRef;
  }

  public boolean isStalledReported() {
    return stalledReported;
  }

  public void setStalledReported(boolean stalledReported) {
    this.stalledReported = stalledReported;
  }

  public String alertKey(String type) {
    return type + ":" + matterId + ":" + on;
  }

  @Override
  public String toString() {
    return "Wait[" + matterId + " on " + on + (isOpen() ? " open" : " ended") + "]";
  }
}
