package dev.yakusoku.engine;

import dev.yakusoku.YakusokuConfig;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Events stored and handed to the live engine but not yet judged. Ingestion admits new requests
 * only while the backlog is under {@code yakusoku.ingest.max-backlog}, so a burst slows clients
 * down (503 with Retry-After, nothing stored) instead of piling up without bound.
 */
@ApplicationScoped
public class EngineBacklog {
  private final AtomicLong pending = new AtomicLong();
  private final long max;

  public EngineBacklog(YakusokuConfig config, MeterRegistry metrics) {
    this.max = config.ingest().maxBacklog();
    metrics.gauge("yakusoku.engine.backlog", pending);
  }

  /** Events handed over and not judged yet. */
  public long pending() {
    return pending.get();
  }

  public boolean admits() {
    return pending.get() < max;
  }

  public void handedOver(int events) {
    pending.addAndGet(events);
  }

  void judged(int events) {
    pending.addAndGet(-events);
  }
}
