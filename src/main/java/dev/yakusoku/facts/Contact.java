package dev.yakusoku.facts;

import java.time.Instant;

/**
 * A logged contact ({@code contact.logged}). For inbound calls without a matter or caller, {@code
 * matterId}, {@code from} and {@code askedForId} are what identity resolution tied them to, and
 * {@code tiedBy} says how.
 */
public class Contact implements MatterScoped {
  public static final String INBOUND = "inbound";
  public static final String OUTBOUND = "outbound";

  private final String ref;
  private final String matterId;
  private final Instant time;
  private final String channel;
  private final String direction;
  private final String from;
  private final String to;
  private final String callerName;
  private final String callerPhone;
  private final String askedFor;
  private final String askedForId;
  private final String outcome;
  private final String tiedBy;
  private final String candidates;
  private final String deskTeam;

  public Contact(
      String ref,
      String matterId,
      Instant time,
      String channel,
      String direction,
      String from,
      String to,
      String callerName,
      String callerPhone,
      String askedFor,
      String askedForId,
      String outcome,
      String tiedBy,
      String candidates,
      String deskTeam) {
    this.ref = ref;
    this.matterId = matterId;
    this.time = time;
    this.channel = channel;
    this.direction = direction;
    this.from = from;
    this.to = to;
    this.callerName = callerName;
    this.callerPhone = callerPhone;
    this.askedFor = askedFor;
    this.askedForId = askedForId;
    this.outcome = outcome;
    this.tiedBy = tiedBy;
    this.candidates = candidates;
    this.deskTeam = deskTeam;
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

  public String getChannel() {
    return channel;
  }

  public String getDirection() {
    return direction;
  }

  public boolean isInbound() {
    return INBOUND.equals(direction);
  }

  public boolean isOutbound() {
    return OUTBOUND.equals(direction);
  }

  public String getFrom() {
    return from;
  }

  public String getTo() {
    return to;
  }

  public String getCallerName() {
    return callerName;
  }

  public String getCallerPhone() {
    return callerPhone;
  }

  public String getAskedFor() {
    return askedFor;
  }

  /** The staff member {@code askedFor} names, when it names exactly one. */
  public String getAskedForId() {
    return askedForId;
  }

  public String getOutcome() {
    return outcome;
  }

  /** How identity resolution tied this contact, or why it could not; null when not needed. */
  public String getTiedBy() {
    return tiedBy;
  }

  /** The candidates identity resolution found when it could not tie the contact. */
  public String getCandidates() {
    return candidates;
  }

  /** The team of the staff member who took the contact (or was asked for), for routing. */
  public String getDeskTeam() {
    return deskTeam;
  }

  public boolean isUnrouted() {
    return matterId == null && tiedBy != null;
  }

  @Override
  public String toString() {
    return "Contact[" + ref + " " + direction + " " + outcome + "]";
  }
}
