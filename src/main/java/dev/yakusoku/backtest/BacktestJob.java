package dev.yakusoku.backtest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** One backtest: what it replays, how far it got, and (when done) what differed. */
final class BacktestJob {
  enum State {
    queued,
    running,
    done,
    failed
  }

  final String id;
  final Instant from;
  final Instant to;
  final String draftVersion;
  final String liveVersion;
  final long total;
  final AtomicLong replayed = new AtomicLong();
  final Instant submittedAt;
  volatile State state = State.queued;
  volatile Instant finishedAt;
  volatile BacktestResult result;
  volatile String error;

  BacktestJob(
      String id,
      Instant from,
      Instant to,
      String draftVersion,
      String liveVersion,
      long total,
      Instant submittedAt) {
    this.id = id;
    this.from = from;
    this.to = to;
    this.draftVersion = draftVersion;
    this.liveVersion = liveVersion;
    this.total = total;
    this.submittedAt = submittedAt;
  }

  boolean finished() {
    return state == State.done || state == State.failed;
  }

  View view() {
    return new View(
        id,
        state.name(),
        from.toString(),
        to.toString(),
        draftVersion,
        liveVersion,
        replayed.get(),
        total,
        submittedAt.toString(),
        finishedAt == null ? null : finishedAt.toString(),
        error,
        result);
  }

  /** {@code GET /api/v1/rules/backtest/{id}}: progress as events replayed of the total. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record View(
      String id,
      String state,
      String from,
      String to,
      String draftVersion,
      String liveVersion,
      long replayed,
      long total,
      String submittedAt,
      String finishedAt,
      String error,
      BacktestResult result) {}
}
