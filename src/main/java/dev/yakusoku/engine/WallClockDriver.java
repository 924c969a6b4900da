package dev.yakusoku.engine;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Drives the live engine's pseudo clock to wall-clock time, every second, never backwards. */
@ApplicationScoped
public class WallClockDriver {
  private final LiveEngine engine;

  public WallClockDriver(LiveEngine engine) {
    this.engine = engine;
  }

  @Scheduled(
      every = "${yakusoku.engine.tick:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void tick() {
    engine.tick();
  }
}
