package dev.yakusoku.ingest;

import dev.yakusoku.engine.EventJudgementException;
import dev.yakusoku.engine.Quarantine;
import dev.yakusoku.events.AcceptedEvent;
import dev.yakusoku.events.KeyedEvent;
import dev.yakusoku.problems.Failures;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Stored events no engine can judge, set aside with why, so that every other event is still judged
 * and a restart still starts: a dead-letter list an admin reads ({@code GET /api/v1/quarantine})
 * and retries ({@code POST /api/v1/quarantine/{seq}/retry}) once the cause is fixed (a rule
 * corrected, say). A quarantined event stays in the log; engines leave it out of every judgement,
 * live, on replay and on takeover.
 */
@ApplicationScoped
public class EventQuarantine implements Quarantine {
  private static final Logger LOG = Logger.getLogger(EventQuarantine.class);

  private final Clock wallClock;
  private final Counter quarantined;
  private final AtomicLong held = new AtomicLong();

  public EventQuarantine(Clock wallClock, MeterRegistry metrics) {
    this.wallClock = wallClock;
    this.quarantined = metrics.counter("yakusoku.events.quarantined");
    metrics.gauge("yakusoku.events.quarantine.held", held);
  }

  /** A crash may have cut a retry short: those events are held again, and counted. */
  void onStart(@Observes @Priority(10) StartupEvent start) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              QuarantinedEvent.endInterruptedRetries();
              held.set(QuarantinedEvent.count());
            });
  }

  /**
   * Sets {@code failure}'s event aside, or, for one quarantined before, counts one more failed
   * attempt; one log line says which event and why.
   */
  @Override
  public void quarantine(EventJudgementException failure) {
    AcceptedEvent event = failure.event();
    String error = Failures.describe(failure.getCause());
    if (error.length() > QuarantinedEvent.MAX_ERROR) {
      error = error.substring(0, QuarantinedEvent.MAX_ERROR - 1) + "…";
    }
    String why = error;
    Optional<Long> seq =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  Optional<Long> stored = StoredEvent.seqOf(event.source(), event.id());
                  stored.ifPresent(s -> record(s, failure.stage(), why));
                  held.set(QuarantinedEvent.count());
                  return stored;
                });
    quarantined.increment();
    LOG.warnf(
        "event %s (seq %s) quarantined: %s failed: %s; the engine goes on without it",
        event.ref(), seq.map(String::valueOf).orElse("not stored"), failure.stage().label(), why);
  }

  private void record(long seq, EventJudgementException.Stage stage, String error) {
    QuarantinedEvent row = QuarantinedEvent.findById(seq);
    boolean first = row == null;
    if (first) {
      row = new QuarantinedEvent();
      row.eventSeq = seq;
    }
    row.stage = stage.label();
    row.error = error;
    row.quarantinedAt = wallClock.instant();
    row.attempts++;
    row.retrying = false;
    if (first) {
      row.persist();
    }
  }

  /** Every quarantined event, oldest first, with the event it holds. */
  @Transactional
  public List<QuarantineView> list() {
    List<QuarantinedEvent> rows = QuarantinedEvent.listHeld();
    Map<Long, StoredEvent> events =
        StoredEvent.withSeqs(rows.stream().map(r -> r.eventSeq).toList()).stream()
            .collect(Collectors.toMap(e -> e.seq, e -> e));
    return rows.stream().map(r -> QuarantineView.of(r, events.get(r.eventSeq))).toList();
  }

  /**
   * Lets engines judge the quarantined event {@code seq} again, and answers it with its record key;
   * empty if no such event is quarantined.
   */
  @Transactional
  public Optional<KeyedEvent> startRetry(long seq, EventLog log) {
    QuarantinedEvent row = QuarantinedEvent.findById(seq);
    if (row == null) {
      return Optional.empty();
    }
    row.retrying = true;
    return Optional.ofNullable(StoredEvent.<StoredEvent>findById(seq)).map(log::keyed);
  }

  /**
   * Ends a retry: judged, the event leaves the quarantine; not judged (it failed again, and was
   * quarantined again, or no engine here judges its partition), it stays. Answers whether it left.
   */
  @Transactional
  public boolean endRetry(long seq, boolean judged) {
    QuarantinedEvent row = QuarantinedEvent.findById(seq);
    boolean left = false;
    if (row != null && row.retrying) {
      if (judged) {
        row.delete();
        left = true;
      } else {
        row.retrying = false;
      }
    }
    held.set(QuarantinedEvent.count());
    return left;
  }

  /** The quarantined event's row as it stands, if it is quarantined. */
  @Transactional
  public Optional<QuarantineView> get(long seq) {
    return QuarantinedEvent.<QuarantinedEvent>findByIdOptional(seq)
        .map(r -> QuarantineView.of(r, StoredEvent.findById(seq)));
  }

  /** How many events are quarantined now. */
  public long held() {
    return held.get();
  }
}
