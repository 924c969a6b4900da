package dev.yakusoku.engine;

import dev.yakusoku.config.IngestConfig;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Events stored and handed to the live engine but not yet judged. Ingestion admits new requests
 * only while the backlog is under {@code yakusoku.ingest.max-backlog}, so a burst slows clients
 * down (503 with Retry-After, nothing stored) instead of piling up without bound.
 *
 * <p>It also keeps the times of the requests on their way, from the moment ingestion takes them
 * until the engine has judged them ({@link #hold}, {@link #release}): the clock driver does not
 * move the engine past the earliest, so an event answered 202 on time is judged before the clock
 * judges the deadlines it bears on, not afterwards as a late one.
 */
@ApplicationScoped
public class EngineBacklog {
  private final AtomicLong pending = new AtomicLong();
  private final ConcurrentSkipListMap<Instant, Integer> onTheirWay = new ConcurrentSkipListMap<>();
  private final long max;

  public EngineBacklog(IngestConfig config, MeterRegistry metrics) {
    this.max = config.maxBacklog();
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

  /** A request whose earliest event is at {@code earliest} is on its way to the engine. */
  public void hold(Instant earliest) {
    onTheirWay.merge(earliest, 1, Integer::sum);
  }

  /** One request {@link #hold held} at {@code earliest} has been judged, or refused. */
  public void release(Instant earliest) {
    onTheirWay.computeIfPresent(earliest, (at, requests) -> requests == 1 ? null : requests - 1);
  }

  /** The earliest time of the requests on their way; empty if none is. */
  public Optional<Instant> earliestUnjudged() {
    Map.Entry<Instant, Integer> first = onTheirWay.firstEntry();
    return first == null ? Optional.empty() : Optional.of(first.getKey());
  }
}
