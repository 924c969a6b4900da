package dev.yakusoku.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dedup semantics of alerts, over any storage: an occurrence already recorded changes nothing
 * (so replays never double an alert); an alert with the same dedup key that is not resolved grows;
 * a disproved occurrence resolves its alert with the reason. The {@link Inhibition} policy is
 * applied here too, because it reads alert states (resolved, snoozed, by whom) that only the ledger
 * knows; each attachment is recorded under its own occurrence key, so a replay attaches nothing
 * twice.
 */
public abstract class AlertLedger {
  static final String ENGINE = "yakusoku";

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
    Inhibition.Effect effect = Inhibition.on(s.type());
    Optional<Alert> inhibiting = inhibitingOn(s.matterId());
    if (effect == Inhibition.Effect.ATTACH && inhibiting.isPresent()) {
      Alert alert = inhibiting.get();
      alert.attach(s, Inhibition.ATTACHED_NOTE);
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
    if (effect == Inhibition.Effect.RESOLVE && inhibiting.isPresent()) {
      alert.resolve(ENGINE, Inhibition.reason(inhibiting.get().id), s.raisedAt());
    }
    save(alert);
    record(s.occurrenceKey(), alert);
    if (Inhibition.inhibits(s.type()) && Inhibition.applies(s.matterId())) {
      for (String type : Inhibition.resolvedTypes()) {
        for (Alert inhibited : unresolvedOnMatter(s.matterId(), type)) {
          inhibited.resolve(ENGINE, Inhibition.reason(alert.id), s.raisedAt());
          save(inhibited);
          changed.add(inhibited);
        }
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

  /** An unresolved alert on the matter that inhibits the others, if there is one. */
  private Optional<Alert> inhibitingOn(String matterId) {
    return Inhibition.applies(matterId)
        ? unresolvedOnMatter(matterId, Inhibition.INHIBITING).stream().findFirst()
        : Optional.empty();
  }

  /** The alert an occurrence was recorded on. */
  protected abstract Optional<Alert> occurrence(String occurrenceKey);

  protected abstract Optional<Alert> unresolved(String dedupKey);

  /** The alerts of {@code type} on a matter that are not resolved. */
  protected abstract List<Alert> unresolvedOnMatter(String matterId, String type);

  protected abstract void save(Alert alert);

  protected abstract void record(String occurrenceKey, Alert alert);
}
