package dev.yakusoku.engine;

import dev.yakusoku.alerts.AlertFeed;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Drives the live engine's pseudo clock to wall-clock time, every second, never backwards and never
 * past an event accepted but not judged yet; then the alert lifecycle's deadlines (snoozes,
 * escalations) are judged at the time the engine reached.
 */
@ApplicationScoped
public class WallClockDriver {
  /** The scheduler's name for the tick, to pause it by. */
  public static final String JOB = "engine-clock";

  private final LiveEngines engine;
  private final AlertFeed alerts;
  private final EngineBacklog backlog;

  public WallClockDriver(LiveEngines engine, AlertFeed alerts, EngineBacklog backlog) {
    this.engine = engine;
    this.alerts = alerts;
    this.backlog = backlog;
  }

  @Scheduled(
      identity = WallClockDriver.JOB,
      every = "${yakusoku.engine.tick}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void tick() {
    engine.tick(backlog.earliestUnjudged().orElse(Instant.MAX));
    engine.now().ifPresent(alerts::onEngineTime);
  }
}
