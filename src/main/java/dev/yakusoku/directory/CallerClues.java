package dev.yakusoku.directory;

import dev.yakusoku.events.EventData.ContactLogged;

/** What an inbound contact says about who called and whom they asked for; any may be null. */
public record CallerClues(String from, String callerPhone, String callerName, String askedFor) {

  /**
   * What identity resolution goes by for a {@code contact.logged}: the caller's clues when inbound,
   * the party called when outbound.
   */
  public static CallerClues of(ContactLogged contact) {
    return contact.inbound()
        ? new CallerClues(
            contact.from(), contact.callerPhone(), contact.callerName(), contact.askedFor())
        : new CallerClues(contact.to(), null, null, null);
  }
}
