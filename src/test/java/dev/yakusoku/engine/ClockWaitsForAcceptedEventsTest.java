package dev.yakusoku.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yakusoku.support.LiveService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The clock driver never moves the live engine past an event accepted and not judged yet: the
 * deadlines it bears on are judged with it, not before it (which would make it a late event).
 */
@QuarkusTest
class ClockWaitsForAcceptedEventsTest {
  private static final Instant ACCEPTED = Instant.parse("2026-11-26T02:00:00Z");
  private static final Instant WALL = Instant.parse("2026-11-26T03:00:00Z");

  @Inject LiveService live;
  @Inject EngineBacklog backlog;
  @Inject WallClockDriver driver;
  @Inject LiveEngines engine;

  @BeforeEach
  void engineAtOneInTheMorning() {
    live.resetAt("2026-11-26T01:00:00Z");
  }

  @AfterEach
  void nothingOnItsWay() {
    while (backlog.earliestUnjudged().isPresent()) {
      backlog.release(backlog.earliestUnjudged().orElseThrow());
    }
  }

  @Test
  void theClockStopsAtTheEarliestEventOnItsWayAndGoesOnOnceItIsJudged() {
    backlog.hold(ACCEPTED.plusSeconds(600));
    backlog.hold(ACCEPTED);
    backlog.hold(ACCEPTED);
    live.clock().set(WALL.toString());

    driver.tick();
    assertThat(engine.now()).contains(ACCEPTED);

    backlog.release(ACCEPTED);
    driver.tick();
    assertThat(engine.now())
        .as("another request at the same time is still on its way")
        .contains(ACCEPTED);

    backlog.release(ACCEPTED);
    driver.tick();
    assertThat(engine.now()).contains(ACCEPTED.plusSeconds(600));

    backlog.release(ACCEPTED.plusSeconds(600));
    driver.tick();
    assertThat(engine.now()).contains(WALL);
  }
}
