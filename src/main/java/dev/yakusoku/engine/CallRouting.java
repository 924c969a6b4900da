package dev.yakusoku.engine;

import java.util.Optional;

/**
 * Who decides the matter of a contact that came without a subject. On embedded defaults, and in
 * scenario runs and backtests, the engine's own identity resolution does: it holds every open
 * matter. Clustered, an engine holds only the open matters of its partitions, so ingestion's
 * decision, made against all of them and carried by the record's key (the matter, or the source
 * when the call fit no single open matter), stands; the engine's resolution still names the caller,
 * the staff asked for and the candidates.
 */
public record CallRouting(boolean byIngestion, String matterId) {
  /** The engine ties the contact itself. */
  public static final CallRouting BY_ENGINE = new CallRouting(false, null);

  /** Ingestion's decision for {@code event}, read from the key it was published or stored under. */
  public static CallRouting ofRecord(EngineEvent event, String recordKey) {
    return new CallRouting(
        true, recordKey == null || recordKey.equals(event.source()) ? null : recordKey);
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
