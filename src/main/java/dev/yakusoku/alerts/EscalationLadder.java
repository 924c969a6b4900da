package dev.yakusoku.alerts;

import dev.yakusoku.config.AlertsConfig;
import dev.yakusoku.directory.TeamBody;
import dev.yakusoku.facts.AlertDraft;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
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

  public EscalationLadder(TeamLadder ladder, AlertsConfig config, TeamZones zones) {
    this.ladder = ladder;
    this.zones = zones;
    this.after =
        Map.of(
            AlertDraft.CRITICAL, config.escalateAfter().critical(),
            AlertDraft.WARNING, config.escalateAfter().warning());
  }

  /** A team changed: alerts that reached the top of the ladder may climb again. */
  void onTeam(@Observes(during = TransactionPhase.AFTER_SUCCESS) TeamBody team) {
    QuarkusTransaction.requiringNew().run(Alert::mayClimbAgain);
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
                .ifPresentOrElse(
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
                    },
                    () -> alert.ladderTop = true);
          }
        });
    return moved;
  }
}
