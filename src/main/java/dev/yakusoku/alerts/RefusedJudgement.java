package dev.yakusoku.alerts;

import java.util.Optional;

/**
 * A judgement the alert store refused for what it holds, announced so that the event it stems from
 * is quarantined and its matter judged without it.
 */
public record RefusedJudgement(AlertJudgement judgement, RuntimeException failure) {
  /**
   * The event the judgement stems from, as alerts cite it: for a raise, the last evidence (the
   * event that made the rule fire, or the promise or wait whose deadline passed).
   */
  public Optional<String> cause() {
    if (judgement instanceof AlertSignal s
        && s.kind() == AlertSignal.Kind.RAISE
        && !s.evidence().isEmpty()) {
      return Optional.of(s.evidence().get(s.evidence().size() - 1));
    }
    return Optional.empty();
  }
}
