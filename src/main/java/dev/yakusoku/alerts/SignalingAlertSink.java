package dev.yakusoku.alerts;

import dev.yakusoku.facts.AlertDraft;
import dev.yakusoku.facts.AlertSink;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The {@code alerts} global of one engine: turns rule calls into signals stamped with the rule set.
 */
public class SignalingAlertSink implements AlertSink {
  private final String ruleSet;
  private final Consumer<AlertSignal> signals;

  public SignalingAlertSink(String ruleSet, Consumer<AlertSignal> signals) {
    this.ruleSet = ruleSet;
    this.signals = signals;
  }

  @Override
  public void raise(AlertDraft alert) {
    signals.accept(AlertSignal.raise(alert, ruleSet));
  }

  @Override
  public void disprove(String dedupKey, Instant raisedAt, Instant at, String reason) {
    signals.accept(AlertSignal.disprove(dedupKey, raisedAt, at, reason, ruleSet));
  }
}
