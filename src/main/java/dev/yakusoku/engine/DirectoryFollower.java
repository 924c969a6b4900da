package dev.yakusoku.engine;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Clustered, a team or party is put through one replica, while the engines of every replica must
 * know it: each replica reads the stored directory this often ({@code
 * yakusoku.directory.refresh-every}) and hands its engines what changed. Off on embedded defaults,
 * where the one process hears of every change as it is stored.
 */
@ApplicationScoped
public class DirectoryFollower {
  private final LiveEngines engine;
  private final EngineHistory history;

  public DirectoryFollower(LiveEngines engine, EngineHistory history) {
    this.engine = engine;
    this.history = history;
  }

  @Scheduled(
      every = "${yakusoku.directory.refresh-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void refresh() {
    history.teams().forEach(engine::putTeam);
    history.parties().forEach(engine::putParty);
  }
}
