package dev.yakusoku.engine;

import dev.yakusoku.config.YakusokuConfig;
import dev.yakusoku.directory.DirectoryEntry;
import dev.yakusoku.directory.DirectoryService;
import dev.yakusoku.directory.TeamBody;
import dev.yakusoku.ingest.EventLog;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** What live engines are rebuilt from: the stored directory and the stored log. */
@ApplicationScoped
public class EngineHistory {
  private final DirectoryService directory;
  private final EventLog log;
  private final YakusokuConfig config;

  public EngineHistory(DirectoryService directory, EventLog log, YakusokuConfig config) {
    this.directory = directory;
    this.log = log;
    this.config = config;
  }

  public List<TeamBody> teams() {
    return directory.teams();
  }

  public List<DirectoryEntry> parties() {
    return directory.entries();
  }

  /**
   * The stored events of open matters, and of no matter, whose record key {@code keys} accepts, in
   * time order; of calls tied to no matter only those the engine would still hold at {@code now}
   * ({@code yakusoku.engine.matterless-retention}); none if {@code yakusoku.engine.replay-on-start}
   * is off.
   */
  public List<EventLog.Keyed> openEvents(Predicate<String> keys, Instant now) {
    return config.engine().replayOnStart()
        ? log.forReplay(keys, now.minus(config.engine().matterlessRetention()))
        : List.of();
  }

  /** Those of {@code matters} that are resolved. */
  public Set<String> resolvedAmong(Collection<String> matters) {
    return log.resolvedAmong(matters);
  }

  /** The stored events filed under the matters, by {@code time}, but for the quarantined. */
  public List<EventLog.Keyed> filedUnder(Collection<String> matters) {
    return log.filedUnder(matters);
  }
}
