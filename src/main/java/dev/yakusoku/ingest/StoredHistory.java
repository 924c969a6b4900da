package dev.yakusoku.ingest;

import dev.yakusoku.config.EngineConfig;
import dev.yakusoku.directory.DirectoryEntry;
import dev.yakusoku.directory.DirectoryService;
import dev.yakusoku.directory.TeamBody;
import dev.yakusoku.engine.EngineHistory;
import dev.yakusoku.events.KeyedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** The engines' history as stored: the directory's tables and the event log. */
@ApplicationScoped
public class StoredHistory implements EngineHistory {
  private final DirectoryService directory;
  private final EventLog log;
  private final EngineConfig config;

  public StoredHistory(DirectoryService directory, EventLog log, EngineConfig config) {
    this.directory = directory;
    this.log = log;
    this.config = config;
  }

  @Override
  public List<TeamBody> teams() {
    return directory.teams();
  }

  @Override
  public List<DirectoryEntry> parties() {
    return directory.entries();
  }

  @Override
  public List<KeyedEvent> openEvents(Predicate<String> keys, Instant now) {
    return config.replayOnStart()
        ? log.forReplay(keys, now.minus(config.matterlessRetention()))
        : List.of();
  }

  @Override
  public Set<String> resolvedAmong(Collection<String> matters) {
    return log.resolvedAmong(matters);
  }

  @Override
  public List<KeyedEvent> filedUnder(Collection<String> matters) {
    return log.filedUnder(matters);
  }

  @Override
  public Optional<KeyedEvent> byRef(String ref) {
    return log.byRef(ref);
  }
}
