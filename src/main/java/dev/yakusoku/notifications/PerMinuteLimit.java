package dev.yakusoku.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** At most {@code limit} sends per key in any minute; this replica's count, kept in memory. */
final class PerMinuteLimit {
  private static final Duration MINUTE = Duration.ofMinutes(1);

  private final int limit;
  private final Map<String, Deque<Instant>> sent = new HashMap<>();

  PerMinuteLimit(int limit) {
    this.limit = limit;
  }

  /** When the next send for {@code key} is allowed, if not at {@code now}. */
  synchronized Optional<Instant> notBefore(String key, Instant now) {
    Deque<Instant> times = recent(key, now);
    return times.size() < limit ? Optional.empty() : Optional.of(times.peekFirst().plus(MINUTE));
  }

  /** Counts a send for {@code key} at {@code at}. */
  synchronized void sent(String key, Instant at) {
    recent(key, at).addLast(at);
  }

  private Deque<Instant> recent(String key, Instant now) {
    Deque<Instant> times = sent.computeIfAbsent(key, k -> new ArrayDeque<>());
    while (!times.isEmpty() && !times.peekFirst().plus(MINUTE).isAfter(now)) {
      times.removeFirst();
    }
    return times;
  }
}
