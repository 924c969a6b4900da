package dev.yakusoku.directory;

import dev.yakusoku.events.AcceptedEvent;
import dev.yakusoku.facts.Contact;

/** What an inbound contact says about who called and whom they asked for; any may be null. */
public record CallerClues(String from, String callerPhone, String callerName, String askedFor) {

  /**
   * What identity resolution goes by for a {@code contact.logged}: the caller's clues when inbound,
   * the party called when outbound.
   */
  public static CallerClues of(AcceptedEvent contact) {
    return Contact.INBOUND.equals(contact.text("direction"))
        ? new CallerClues(
            contact.text("from"),
            contact.text("callerPhone"),
            contact.text("callerName"),
            contact.text("askedFor"))
        : new CallerClues(contact.text("to"), null, null, null);
  }
}
