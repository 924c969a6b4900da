package dev.yakusoku.engine;

import dev.yakusoku.alerts.AlertFeed;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Drives the live engine's pseudo clock to wall-clock time, every second, never backwards; then the
 * alert lifecycle's deadlines (snoozes, escalations) are judged at the time the engine reached.
 */
@ApplicationScoped
public class WallClockDriver {
  private final LiveEngine engine;
  private final AlertFeed alerts;

  public WallClockDriver(LiveEngine engine, AlertFeed alerts) {
    this.engine = engine;
    this.alerts = alerts;
  }

  @Scheduled(
      every = "${yakusoku.engine.tick:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void tick() {
    engine.tick();
    engine.now().ifPresent(alerts::onEngineTime);
  }
}
