package dev.yakusoku.alerts;

import dev.yakusoku.access.AlertScope;
import dev.yakusoku.persistence.DiskSync;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Stores engine judgements and managers' actions on alerts, each in a transaction of its own that
 * loses no concurrent change (see {@link AlertTransactions}).
 */
@ApplicationScoped
public class AlertService {
  private final StoredAlertLedger ledger;
  private final MeterRegistry metrics;
  private final Clock wallClock;
  private final EscalationLadder ladder;
  private final TeamZones zones;
  private final AlertTransactions transactions;
  private final AlertChanges changes;
  private final DiskSync disk;
  private final AlertChangeOutbox outbox;

  public AlertService(
      StoredAlertLedger ledger,
      TeamZones zones,
      MeterRegistry metrics,
      Clock wallClock,
      EscalationLadder ladder,
      AlertTransactions transactions,
      AlertChanges changes,
      DiskSync disk,
      AlertChangeOutbox outbox) {
    this.ledger = ledger;
    this.outbox = outbox;
    this.changes = changes;
    this.disk = disk;
    this.transactions = transactions;
    this.ladder = ladder;
    this.zones = zones;
    this.metrics = metrics;
    this.wallClock = wallClock;
  }

  /**
   * An engine judgement, recorded on fresh state however often it races other changes, including
   * another replica judging the same occurrence while a partition moves: the database's unique
   * constraints let one win, and the other then finds it recorded and changes nothing more.
   */
  public List<AlertView> apply(AlertSignal signal) {
    List<AlertView> changed = transactions.engineSide(() -> views(ledger.apply(signal)));
    if (!changed.isEmpty() && signal.kind() == AlertSignal.Kind.RAISE) {
      metrics.counter("yakusoku.alerts.raised", "type", signal.type()).increment();
    }
    return changed;
  }

  /**
   * The judgements of one engine step, in order, in one transaction (retried whole on fresh state
   * when it races another change); answers every alert changed, in order.
   */
  public List<AlertView> applyAll(List<AlertJudgement> judgements) {
    List<String> raised = new ArrayList<>();
    List<AlertView> changed =
        transactions.engineSide(
            () -> {
              raised.clear(); // a run again on fresh state counts afresh
              List<AlertView> views = new ArrayList<>();
              for (AlertJudgement judgement : judgements) {
                if (judgement instanceof Rejudgement r) {
                  views.addAll(views(ledger.reconcile(r, zones::zoneOf)));
                } else {
                  AlertSignal signal = (AlertSignal) judgement;
                  List<AlertView> made = views(ledger.apply(signal));
                  if (!made.isEmpty() && signal.kind() == AlertSignal.Kind.RAISE) {
                    raised.add(signal.type());
                  }
                  views.addAll(made);
                }
              }
              return views;
            });
    raised.forEach(type -> metrics.counter("yakusoku.alerts.raised", "type", type).increment());
    for (AlertJudgement judgement : judgements) {
      if (judgement instanceof Rejudgement r) {
        metrics.counter("yakusoku.matters.rejudged").increment(r.matters().size());
      }
    }
    return changed;
  }

  /**
   * Matters judged again in time order: their stored alerts are made to agree (see {@link
   * StoredAlertLedger#reconcile}), however often that races other changes.
   */
  public List<AlertView> apply(Rejudgement rejudgement) {
    List<AlertView> changed =
        transactions.engineSide(() -> views(ledger.reconcile(rejudgement, zones::zoneOf)));
    metrics.counter("yakusoku.matters.rejudged").increment(rejudgement.matters().size());
    return changed;
  }

  /**
   * The lifecycle's deadlines at engine time {@code now}: snoozes that ended return to open, and
   * open alerts past their escalation deadline go up the ladder. Answers every alert changed.
   */
  public List<AlertView> judgeDeadlines(Instant now) {
    return transactions.engineSide(
        () -> {
          List<Alert> changed = new ArrayList<>();
          for (Alert alert : Alert.listSnoozeEnded(now)) {
            alert.wake(now, zones.zoneOf(alert.team));
            changed.add(alert);
          }
          changed.addAll(ladder.escalateDue(now));
          return views(changed);
        });
  }

  /** A person's act, like acknowledging; the snooze's end is judged on engine time. */
  public Optional<AlertView> snooze(String id, String by, Instant until, String note) {
    return announced(
        transactions.personsAct(
            () ->
                change(
                    id,
                    a -> {
                      if (a.isResolved()) {
                        throw new AlertResolvedException(id);
                      }
                      a.snooze(by, until, note, zones.zoneOf(a.team));
                    })));
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
  public Optional<AlertView> acknowledge(String id, AlertAction action) {
    return announced(
        actOn(id, action, a -> a.acknowledge(action.by(), action.note(), wallClock.instant())));
  }

  public Optional<AlertView> resolve(String id, AlertAction action) {
    return announced(
        actOn(id, action, a -> a.resolve(action.by(), action.note(), wallClock.instant())));
  }

  /**
   * A person's act, committed, is forced to disk before it is answered or heard of: then every
   * replica's stream hears the change.
   */
  private Optional<AlertView> announced(Optional<AlertView> changed) {
    disk.sync();
    changed.ifPresent(changes::publish);
    return changed;
  }

  /** An act only an unresolved alert takes, with the verdict kept either way. */
  private Optional<AlertView> actOn(String id, AlertAction action, Consumer<Alert> act) {
    return transactions.personsAct(
        () ->
            change(
                id,
                a -> {
                  if (!a.isResolved()) {
                    act.accept(a);
                  }
                  a.judge(action.verdict());
                }));
  }

  /**
   * Applies {@code act} to the alert as the running transaction reads it and writes it at once, so
   * a concurrent change shows here as a lost race rather than at commit.
   */
  Optional<AlertView> change(String id, Consumer<Alert> act) {
    return Alert.<Alert>findByIdOptional(id)
        .map(
            a -> {
              act.accept(a);
              return views(List.of(a)).get(0);
            });
  }

  /**
   * Writes the changes at once (see {@link #change}), hands those managers are told of to the
   * outbox in the same transaction, and answers them as clients read them.
   */
  private List<AlertView> views(List<Alert> changed) {
    Alert.flush();
    List<AlertView> views = new ArrayList<>(changed.size());
    List<AlertChange> told = new ArrayList<>();
    for (Alert a : changed) {
      AlertView view = view(a);
      views.add(view);
      if (a.told != null) {
        told.add(new AlertChange(view, a.told, a.version, a.holdingTeam()));
        a.told = null;
      }
    }
    if (!told.isEmpty()) {
      outbox.record(told);
    }
    return views;
  }

  private AlertView view(Alert a) {
    return AlertView.of(a, zones.zoneOf(a.team));
  }
}
