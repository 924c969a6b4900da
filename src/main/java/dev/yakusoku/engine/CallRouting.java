package dev.yakusoku.engine;

import dev.yakusoku.events.AcceptedEvent;
import java.util.Optional;

/**
 * Who decides the matter of a contact that came without a subject. In scenario runs and backtests
 * the engine's own identity resolution does: it holds every open matter. Live, ingestion's
 * decision, stored with the event in the log and carried by its record key (the matter, or the
 * source when the call fit no single open matter), stands, so that the log alone says which matter
 * an event is judged on, however often it is judged again; clustered, an engine holds only the open
 * matters of its partitions anyway. The engine's resolution still names the caller, the staff asked
 * for and the candidates.
 */
public record CallRouting(boolean byIngestion, String matterId) {
  /** The engine ties the contact itself. */
  public static final CallRouting BY_ENGINE = new CallRouting(false, null);

  /** Ingestion's decision for {@code event}, read from the key it was published or stored under. */
  public static CallRouting ofRecord(AcceptedEvent event, String recordKey) {
    return new CallRouting(
        true, recordKey == null || recordKey.equals(event.source()) ? null : recordKey);
  }

  /** The matter ingestion filed the event under, if it decided one. */
  public Optional<String> matter() {
    return Optional.ofNullable(matterId);
  }

  /** The matter the contact is judged on, given what the engine's resolution found. */
  Optional<String> tie(Optional<String> enginesTie) {
    return byIngestion ? Optional.ofNullable(matterId) : enginesTie;
  }

  /** Why the tie differs from the engine's own finding, if it does. */
  Optional<String> overruling(Optional<String> enginesTie) {
    if (!byIngestion || enginesTie.equals(Optional.ofNullable(matterId))) {
      return Optional.empty();
    }
    return Optional.of(
        matterId == null
            ? "not tied: when it was accepted the caller had no single open matter"
            : "tied to " + matterId + ", the caller's one open matter when it was accepted");
  }
}
