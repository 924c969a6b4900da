package dev.yakusoku.alerts;

import dev.yakusoku.YakusokuConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sends an alert nobody acknowledged in time to the manager of its team's parent, one rung per
 * deadline, until a team has no parent. Judged on engine time handed in by the clock's tick.
 */
@ApplicationScoped
public class EscalationLadder {
  private final TeamLadder ladder;
  private final Map<String, Duration> after;

  public EscalationLadder(TeamLadder ladder, YakusokuConfig config) {
    this.ladder = ladder;
    this.after =
        Map.of(
            "critical", config.alerts().escalateAfter().critical(),
            "warning", config.alerts().escalateAfter().warning());
  }

  /** Escalates every open alert whose deadline passed by engine time {@code now}. */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<Alert> escalateDue(Instant now) {
    List<Alert> moved = new ArrayList<>();
    after.forEach(
        (severity, wait) -> {
          for (Alert alert : Alert.listOpenWaitingSince(severity, now.minus(wait))) {
            ladder
                .above(alert.holdingTeam())
                .ifPresent(
                    rung -> {
                      alert.escalate(
                          rung.team(),
                          rung.manager(),
                          now,
                          "not acknowledged within " + wait + " of " + alert.waitingSince);
                      moved.add(alert);
                    });
          }
        });
    return moved;
  }
}
