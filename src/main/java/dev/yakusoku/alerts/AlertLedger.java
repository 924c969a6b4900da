package dev.yakusoku.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dedup semantics of alerts, over any storage: an occurrence already recorded changes nothing
 * (so replays never double an alert); an alert with the same dedup key that is not resolved grows;
 * a disproved occurrence resolves its alert with the reason. Inhibition lives here too, because it
 * reads alert states (resolved, snoozed, by whom) that only the ledger knows: while a matter has an
 * unresolved broken promise, its promises at risk are resolved and its duplicate escalations are
 * attached to the broken promise's alert; each attachment is recorded under its own occurrence key,
 * so a replay attaches nothing twice.
 */
public abstract class AlertLedger {
  static final String ENGINE = "yakusoku";
  static final String BROKEN_PROMISE = "BROKEN_PROMISE";
  static final String PROMISE_AT_RISK = "PROMISE_AT_RISK";
  static final String DUPLICATE_ESCALATION = "DUPLICATE_ESCALATION";

  /** Applies a signal; answers the alerts it changed, none if it changed nothing. */
  public List<Alert> apply(AlertSignal signal) {
    return switch (signal.kind()) {
      case RAISE -> raise(signal);
      case DISPROVE -> disprove(signal).map(List::of).orElse(List.of());
    };
  }

  private List<Alert> raise(AlertSignal s) {
    if (occurrence(s.occurrenceKey()).isPresent()) {
      return List.of();
    }
    Optional<Alert> broken = brokenPromiseOn(s.matterId());
    if (DUPLICATE_ESCALATION.equals(s.type()) && broken.isPresent()) {
      Alert alert = broken.get();
      alert.attach(s, "a duplicate escalation while the promise is broken");
      save(alert);
      record(s.occurrenceKey(), alert);
      return List.of(alert);
    }
    Alert alert =
        unresolved(s.dedupKey())
            .map(
                existing -> {
                  existing.occurAgain(s);
                  return existing;
                })
            .orElseGet(() -> Alert.from(s));
    List<Alert> changed = new ArrayList<>(List.of(alert));
    if (PROMISE_AT_RISK.equals(s.type()) && broken.isPresent()) {
      alert.resolve(ENGINE, inhibitedBy(broken.get()), s.raisedAt());
    }
    save(alert);
    record(s.occurrenceKey(), alert);
    if (BROKEN_PROMISE.equals(s.type()) && s.matterId() != null) {
      for (Alert atRisk : unresolvedOnMatter(s.matterId(), PROMISE_AT_RISK)) {
        atRisk.resolve(ENGINE, inhibitedBy(alert), s.raisedAt());
        save(atRisk);
        changed.add(atRisk);
      }
    }
    return changed;
  }

  private Optional<Alert> disprove(AlertSignal s) {
    return occurrence(s.occurrenceKey())
        // an occurrence attached to another alert (inhibition) cannot resolve that alert
        .filter(alert -> alert.dedupKey.equals(s.dedupKey()) && !alert.isResolved())
        .map(
            alert -> {
              alert.resolve(ENGINE, s.reason(), s.at());
              save(alert);
              return alert;
            });
  }

  private Optional<Alert> brokenPromiseOn(String matterId) {
    return matterId == null
        ? Optional.empty()
        : unresolvedOnMatter(matterId, BROKEN_PROMISE).stream().findFirst();
  }

  private static String inhibitedBy(Alert broken) {
    return "inhibited: a promise on this matter is broken, see alert " + broken.id;
  }

  /** The alert an occurrence was recorded on. */
  protected abstract Optional<Alert> occurrence(String occurrenceKey);

  protected abstract Optional<Alert> unresolved(String dedupKey);

  /** The alerts of {@code type} on a matter that are not resolved. */
  protected abstract List<Alert> unresolvedOnMatter(String matterId, String type);

  protected abstract void save(Alert alert);

  protected abstract void record(String occurrenceKey, Alert alert);
}
