package dev.yakusoku.alerts;

import java.util.Optional;

/**
 * The dedup semantics of alerts, over any storage: an occurrence already recorded changes nothing
 * (so replays never double an alert); an alert with the same dedup key that is not resolved grows;
 * a disproved occurrence resolves its alert with the reason.
 */
public abstract class AlertLedger {
  static final String ENGINE = "yakusoku";

  /** Applies a signal; answers the alert it changed, if any. */
  public Optional<Alert> apply(AlertSignal signal) {
    return switch (signal.kind()) {
      case RAISE -> raise(signal);
      case DISPROVE -> disprove(signal);
    };
  }

  private Optional<Alert> raise(AlertSignal s) {
    if (occurrence(s.occurrenceKey()).isPresent()) {
      return Optional.empty();
    }
    Alert alert =
        unresolved(s.dedupKey())
            .map(
                existing -> {
                  existing.occurAgain(s);
                  return existing;
                })
            .orElseGet(() -> Alert.from(s));
    save(alert);
    record(s.occurrenceKey(), alert);
    return Optional.of(alert);
  }

  private Optional<Alert> disprove(AlertSignal s) {
    return occurrence(s.occurrenceKey())
        .filter(alert -> !alert.isResolved())
        .map(
            alert -> {
              alert.resolve(ENGINE, s.reason(), s.at());
              save(alert);
              return alert;
            });
  }

  /** The alert an occurrence was recorded on. */
  protected abstract Optional<Alert> occurrence(String occurrenceKey);

  protected abstract Optional<Alert> unresolved(String dedupKey);

  protected abstract void save(Alert alert);

  protected abstract void record(String occurrenceKey, Alert alert);
}
