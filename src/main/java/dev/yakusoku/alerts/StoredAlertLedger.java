package dev.yakusoku.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The alert ledger in the database; callers run it inside their transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StoredAlertLedger extends AlertLedger {
  private final Clock wallClock;

  public StoredAlertLedger(Clock wallClock) {
    this.wallClock = wallClock;
  }

  @Override
  protected Optional<Alert> occurrence(String occurrenceKey) {
    return AlertOccurrence.findByKey(occurrenceKey).flatMap(o -> Alert.findByIdOptional(o.alertId));
  }

  @Override
  protected Optional<Alert> unresolved(String dedupKey) {
    return Alert.findUnresolvedByDedupKey(dedupKey);
  }

  @Override
  protected List<Alert> unresolvedOnMatter(String matterId, String type) {
    return Alert.listUnresolvedOnMatter(matterId, type);
  }

  @Override
  protected void save(Alert alert) {
    if (!alert.isPersistent()) {
      alert.createdAt = wallClock.instant();
      alert.persist();
    }
  }

  @Override
  protected void record(String occurrenceKey, Alert alert) {
    AlertOccurrence occurrence = new AlertOccurrence();
    occurrence.occurrenceKey = occurrenceKey;
    occurrence.alertId = alert.id;
    occurrence.persist();
  }

  /**
   * Makes the stored alerts of {@code r}'s matters agree with the in-order judgement: first the
   * unresolved ones it no longer raises are resolved with the reason, then every alert it raises is
   * stored (raised, with its event-time {@code firstRaisedAt}, if the store lacks it), resolved if
   * it resolves it, or reopened if only the engine had resolved it. Answers the alerts changed.
   */
  public List<Alert> reconcile(Rejudgement r, Function<String, ZoneId> zoneOfTeam) {
    Map<String, Alert> stored = Alert.byIds(r.expected().stream().map(x -> x.alert().id).toList());
    Set<String> expected = new HashSet<>(stored.keySet());
    r.expected().forEach(x -> expected.add(x.alert().id));
    List<Alert> changed = new ArrayList<>();
    List<Alert> inScope = new ArrayList<>(Alert.listUnresolvedOnMatters(r.matters()));
    r.calls().forEach(call -> inScope.addAll(Alert.listUnresolvedWithoutMatterCiting(call)));
    for (Alert extra : inScope) {
      if (!expected.contains(extra.id)) {
        extra.resolve(
            ENGINE,
            "late evidence: "
                + r.reason()
                + "; judged again in time order, the matter's events no longer raise it",
            r.at());
        changed.add(extra);
      }
    }
    Alert.flush();
    for (Rejudgement.Expected x : r.expected()) {
      Alert judged = x.alert();
      Alert alert = stored.get(judged.id);
      boolean touched;
      if (alert == null) {
        alert = Alert.copyOf(judged);
        save(alert);
        touched = true;
      } else {
        touched = alert.learnFrom(judged);
        if (judged.isResolved() && !alert.isResolved()) {
          alert.resolve(ENGINE, judged.resolution, judged.resolvedAt);
          touched = true;
        } else if (!judged.isResolved() && alert.resolvedByEngine()) {
          alert.reopen(r.reason(), r.at(), zoneOfTeam.apply(alert.team));
          touched = true;
        }
      }
      for (String key : x.occurrenceKeys()) {
        if (occurrence(key).isEmpty()) {
          record(key, alert);
        }
      }
      if (touched) {
        changed.add(alert);
      }
    }
    return changed;
  }
}
