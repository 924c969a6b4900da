package dev.yakusoku.alerts;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Judgements the engines handed to the alert store that it has not stored yet: how far the stored
 * alerts are behind what the engines judged ({@code yakusoku.alerts.backlog}).
 */
@ApplicationScoped
public class AlertBacklog {
  private final AtomicLong pending = new AtomicLong();

  public AlertBacklog(MeterRegistry metrics) {
    metrics.gauge("yakusoku.alerts.backlog", pending);
  }

  public void handedOver(int judgements) {
    pending.addAndGet(judgements);
  }

  void stored(int judgements) {
    pending.addAndGet(-judgements);
  }

  /** Judgements handed over and not stored yet. */
  public long pending() {
    return pending.get();
  }
}
