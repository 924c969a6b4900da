package dev.yakusoku.facts;

import java.time.Instant;

/** Where rules hand alerts: the DRL global {@code alerts}. */
public interface AlertSink {
  /** Raises a routed alert; one with the same dedup key that is not resolved grows instead. */
  void raise(AlertDraft alert);

  /**
   * Resolves the alert raised under {@code dedupKey} at {@code raisedAt}, because later evidence
   * disproved it. Does nothing when there is no such alert or it is already resolved.
   */
  void disprove(String dedupKey, Instant raisedAt, Instant at, String reason);
}
