package dev.yakusoku.ingest;

import dev.yakusoku.config.Deployment;
import dev.yakusoku.config.OutboxConfig;
import dev.yakusoku.engine.EventJudgementException;
import dev.yakusoku.events.AcceptedEvent;
import dev.yakusoku.events.EventsAccepted;
import dev.yakusoku.problems.Failures;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.jboss.logging.Logger;

/**
 * Clustered only: publishes the outbox's pending rows to {@code yakusoku.events} in acceptance
 * order, waits for the broker's acks and only then marks them sent, so every stored event reaches
 * the topic at least once. A pass runs right after each commit of new events and on a schedule;
 * after a failure the relay rests (growing back-off) and the rows stay pending. A crash between the
 * ack and the mark publishes the rows again, which consumers ignore: events are idempotent on
 * ({@code source}, {@code id}).
 */
@ApplicationScoped
@IfBuildProfile(Deployment.CLUSTER_PROFILE)
public class OutboxRelay {
  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

  private final EventTopic topic;
  private final EventQuarantine quarantine;
  private final EventLog log;
  private final OutboxConfig config;
  private final Clock wallClock;
  private final RelayBackoff backoff;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(task -> new Thread(task, "outbox-relay"));
  private final AtomicBoolean queued = new AtomicBoolean();
  private final Counter failures;

  public OutboxRelay(
      EventTopic topic,
      EventQuarantine quarantine,
      EventLog log,
      OutboxConfig config,
      Clock wallClock,
      MeterRegistry metrics) {
    this.topic = topic;
    this.quarantine = quarantine;
    this.failures = metrics.counter("yakusoku.outbox.relay.failures");
    this.log = log;
    this.config = config;
    this.wallClock = wallClock;
    this.backoff = new RelayBackoff(this.config.retryMin(), this.config.retryMax());
  }

  void onAccepted(@Observes EventsAccepted accepted) {
    if (!accepted.events().isEmpty()) {
      wake();
    }
  }

  @Scheduled(
      every = "${yakusoku.outbox.relay-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void onSchedule() {
    wake();
  }

  /** Asks for a pass. Passes run one at a time on one thread; asks meanwhile fold into one. */
  public void wake() {
    if (queued.compareAndSet(false, true)) {
      try {
        worker.execute(
            () -> {
              queued.set(false);
              relayPending();
            });
      } catch (RejectedExecutionException stopping) {
        // shutting down: the rows stay pending and the next start relays them
      }
    }
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }

  private void relayPending() {
    if (backoff.resting(System.nanoTime())) {
      return;
    }
    try {
      Pass pass;
      do {
        pass =
            QuarkusTransaction.requiringNew()
                .timeout((int) config.ackTimeout().toSeconds() + 30)
                .call(this::relayOneBatch);
      } while (pass.complete() && pass.rows() == config.batchSize());
      if (pass.complete()) {
        backoff.succeeded();
      } else {
        fail(pass.failure());
      }
    } catch (RuntimeException e) {
      fail(e);
    }
  }

  private void fail(Throwable failure) {
    backoff.failed(System.nanoTime());
    failures.increment();
    LOG.warnf(
        "outbox relay: events wait to be published, next try in %s: %s", backoff.delay(), failure);
  }

  /**
   * Publishes the oldest pending rows and marks sent those acked in order before any failure. The
   * first row goes alone: only once the broker has acked it are the others sent, all at once, so
   * while the broker is away no later row can reach the topic ahead of an earlier one (a send that
   * fails waiting for the topic's metadata fails before the producer can keep it in order).
   */
  private Pass relayOneBatch() {
    List<OutboxEntry> rows = OutboxEntry.oldestPending(config.batchSize());
    if (rows.isEmpty()) {
      return new Pass(0, 0, null);
    }
    Map<Long, AcceptedEvent> events = log.bySeq(rows.stream().map(r -> r.eventSeq).toList());
    long deadline = System.nanoTime() + config.ackTimeout().toNanos();
    Instant now = wallClock.instant();
    OutboxEntry first = rows.get(0);
    Throwable failure =
        awaitAck(topic.send(events.get(first.eventSeq), first.messageKey), deadline);
    if (failure != null && !setAside(first, events.get(first.eventSeq), failure, now)) {
      return new Pass(rows.size(), 0, failure);
    }
    first.sentAt = now;
    List<OutboxEntry> rest = rows.subList(1, rows.size());
    List<CompletableFuture<Void>> acks =
        rest.stream().map(r -> topic.send(events.get(r.eventSeq), r.messageKey)).toList();
    for (int i = 0; i < rest.size(); i++) {
      OutboxEntry row = rest.get(i);
      failure = awaitAck(acks.get(i), deadline);
      if (failure != null && !setAside(row, events.get(row.eventSeq), failure, now)) {
        return new Pass(rows.size(), 1 + i, failure);
      }
      row.sentAt = now;
    }
    return new Pass(rows.size(), rows.size(), null);
  }

  /**
   * A record the broker refuses for what it is (too large, malformed) will never be taken: its row
   * is set aside with the reason and its event quarantined, so that it holds up no row after it.
   * Answers whether it was; a failure of the broker or the network leaves the row pending.
   */
  private boolean setAside(OutboxEntry row, AcceptedEvent event, Throwable failure, Instant now) {
    if (!refusedForWhatItIs(failure)) {
      return false;
    }
    row.failure = Failures.describe(failure);
    row.sentAt = now;
    quarantine.quarantine(
        new EventJudgementException(EventJudgementException.Stage.PUBLISHING, event, failure));
    return true;
  }

  private static boolean refusedForWhatItIs(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof RecordTooLargeException
          || t instanceof InvalidRecordException
          || t instanceof SerializationException) {
        return true;
      }
    }
    return false;
  }

  /** Null once acked; otherwise why not. */
  private static Throwable awaitAck(CompletableFuture<Void> ack, long deadline) {
    try {
      ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      return null;
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (TimeoutException e) {
      return e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return e;
    }
  }

  /** One batch: how many rows it took, how many were acked and marked sent, and why not all. */
  private record Pass(int rows, int sent, Throwable failure) {
    boolean complete() {
      return sent == rows;
    }
  }
}
