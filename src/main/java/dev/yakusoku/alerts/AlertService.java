package dev.yakusoku.alerts;

import dev.yakusoku.security.AlertScope;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Stores engine judgements and managers' actions on alerts. */
@ApplicationScoped
public class AlertService {
  private final StoredAlertLedger ledger;
  private final MeterRegistry metrics;
  private final Clock wallClock;
  private final EscalationLadder ladder;
  private final TeamZones zones;

  public AlertService(
      StoredAlertLedger ledger,
      TeamZones zones,
      MeterRegistry metrics,
      Clock wallClock,
      EscalationLadder ladder) {
    this.ledger = ledger;
    this.ladder = ladder;
    this.zones = zones;
    this.metrics = metrics;
    this.wallClock = wallClock;
  }

  @Transactional
  public List<AlertView> apply(AlertSignal signal) {
    List<Alert> changed = ledger.apply(signal);
    if (!changed.isEmpty() && signal.kind() == AlertSignal.Kind.RAISE) {
      metrics.counter("yakusoku.alerts.raised", "type", signal.type()).increment();
    }
    return changed.stream().map(this::view).toList();
  }

  /**
   * The lifecycle's deadlines at engine time {@code now}: snoozes that ended return to open, and
   * open alerts past their escalation deadline go up the ladder. Answers every alert changed.
   */
  @Transactional
  public List<AlertView> judgeDeadlines(Instant now) {
    List<Alert> changed = new ArrayList<>();
    for (Alert alert : Alert.listSnoozeEnded(now)) {
      alert.wake(now, zones.zoneOf(alert.team));
      changed.add(alert);
    }
    changed.addAll(ladder.escalateDue(now));
    return changed.stream().map(this::view).toList();
  }

  /** A person's act, like acknowledging; the snooze's end is judged on engine time. */
  @Transactional
  public Optional<AlertView> snooze(String id, String by, Instant until, String note) {
    return Alert.<Alert>findByIdOptional(id)
        .map(
            a -> {
              if (a.isResolved()) {
                throw new AlertResolvedException(id);
              }
              a.snooze(by, until, note, zones.zoneOf(a.team));
              return view(a);
            });
  }

  @Transactional
  public List<AlertView> search(
      AlertScope scope,
      String state,
      String team,
      String manager,
      String matter,
      String type,
      int limit) {
    return Alert.search(scope, state, team, manager, matter, type, limit).stream()
        .map(this::view)
        .toList();
  }

  @Transactional
  public Optional<AlertView> get(String id) {
    return Alert.<Alert>findByIdOptional(id).map(this::view);
  }

  /** The alert, if {@code scope} covers its team: out of scope it is as absent as a wrong id. */
  @Transactional
  public Optional<AlertView> get(String id, AlertScope scope) {
    return Alert.<Alert>findByIdOptional(id).filter(a -> scope.covers(a.team)).map(this::view);
  }

  /**
   * Managers act in wall-clock time: acknowledging is a person's act, not an engine judgement. A
   * verdict is kept even on an alert already resolved, so one the engine closed can be judged too.
   */
  @Transactional
  public Optional<AlertView> acknowledge(String id, AlertAction action) {
    return Alert.<Alert>findByIdOptional(id)
        .map(
            a -> {
              if (!a.isResolved()) {
                a.acknowledge(action.by(), action.note(), wallClock.instant());
              }
              a.judge(action.verdict());
              return view(a);
            });
  }

  @Transactional
  public Optional<AlertView> resolve(String id, AlertAction action) {
    return Alert.<Alert>findByIdOptional(id)
        .map(
            a -> {
              if (!a.isResolved()) {
                a.resolve(action.by(), action.note(), wallClock.instant());
              }
              a.judge(action.verdict());
              return view(a);
            });
  }

  private AlertView view(Alert a) {
    return AlertView.of(a, zones.zoneOf(a.team));
  }
}
