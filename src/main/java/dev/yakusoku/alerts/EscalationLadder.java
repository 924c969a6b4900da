package dev.yakusoku.alerts;

import dev.yakusoku.YakusokuConfig;
import dev.yakusoku.facts.AlertDraft;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
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
  private final TeamZones zones;

  public EscalationLadder(TeamLadder ladder, YakusokuConfig config, TeamZones zones) {
    this.ladder = ladder;
    this.zones = zones;
    this.after =
        Map.of(
            AlertDraft.CRITICAL, config.alerts().escalateAfter().critical(),
            AlertDraft.WARNING, config.alerts().escalateAfter().warning());
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
                      ZoneId zone = zones.zoneOf(alert.team);
                      alert.escalate(
                          rung.team(),
                          rung.manager(),
                          now,
                          zone,
                          "not acknowledged within "
                              + wait
                              + " of "
                              + AlertView.format(alert.waitingSince, zone));
                      moved.add(alert);
                    });
          }
        });
    return moved;
  }
}
