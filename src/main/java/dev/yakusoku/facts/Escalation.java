package dev.yakusoku.facts;

import java.time.Instant;

/**
 * Someone pressing a matter on someone else: an {@code escalation.raised}, or an inbound contact
 * that asks for someone other than the assignee.
 */
public class Escalation implements MatterScoped {
  private final String ref;
  private final String matterId;
  private final Instant time;
  private final String by;
  private final String to;
  private final String channel;
  private final String tiedBy;
  private boolean judged;

  public Escalation(
      String ref,
      String matterId,
      Instant time,
      String by,
      String to,
      String channel,
      String tiedBy) {
    this.ref = ref;
    this.matterId = matterId;
    this.time = time;
    this.by = by;
    this.to = to;
    this.channel = channel;
    this.tiedBy = tiedBy;
  }

  public String getRef() {
    return ref;
  }

  @Override
  public String getMatterId() {
    return matterId;
  }

  public Instant getTime() {
    return time;
  }

  public String getBy() {
    return by;
  }

  public String getTo() {
    return to;
  }

  public String getChannel() {
    return channel;
  }

  /** How the escalating contact was tied to the matter, when identity resolution did it. */
  public String getTiedBy() {
    return tiedBy;
  }

  /** Set once the duplicate-escalation rules have looked at it. */
  public boolean isJudged() {
    return judged;
  }

  public void setJudged(boolean judged) {
    this.judged = judged;
  }

  @Override
  public String toString() {
    return "Escalation[" + ref + " " + by + "->" + to + "]";
  }
}
