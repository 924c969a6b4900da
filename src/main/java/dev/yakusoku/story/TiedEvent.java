package dev.yakusoku.story;

import dev.yakusoku.events.AcceptedEvent;

/**
 * A stored event of a story with who it came from: for a call logged without a matter or caller,
 * the caller and the staff asked for as identity resolution finds them, and how it tied them.
 */
record TiedEvent(AcceptedEvent event, String from, String askedForId, String tiedBy) {

  static TiedEvent asStored(AcceptedEvent event) {
    return new TiedEvent(event, event.data().actor(), null, null);
  }
}
