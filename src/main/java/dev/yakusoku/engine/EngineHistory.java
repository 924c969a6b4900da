package dev.yakusoku.engine;

import dev.yakusoku.directory.DirectoryEntry;
import dev.yakusoku.directory.TeamBody;
import dev.yakusoku.events.KeyedEvent;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What live engines are rebuilt from and judge again from: the directory and the stored log, as the
 * engine reads them ({@code ingest.StoredHistory} reads them from the database).
 */
public interface EngineHistory {
  List<TeamBody> teams();

  List<DirectoryEntry> parties();

  /**
   * The stored events of open matters, and of no matter, whose record key {@code keys} accepts, in
   * time order; of calls tied to no matter only those the engine would still hold at {@code now}
   * ({@code yakusoku.engine.matterless-retention}); none if {@code yakusoku.engine.replay-on-start}
   * is off.
   */
  List<KeyedEvent> openEvents(Predicate<String> keys, Instant now);

  /** Those of {@code matters} that are resolved. */
  Set<String> resolvedAmong(Collection<String> matters);

  /** The stored events filed under the matters, by {@code time}, but for the quarantined. */
  List<KeyedEvent> filedUnder(Collection<String> matters);

  /** The stored event alerts cite as {@code ref}, with its record key. */
  Optional<KeyedEvent> byRef(String ref);
}
