package dev.yakusoku.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins by client address in a sliding window: beyond the limit the address is held off
 * until its oldest failure in the window is a window old. Addresses with no recent failure are
 * forgotten, so the map holds only those that failed lately.
 */
public final class FailedSignIns {
  private final int limit;
  private final Duration window;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  public FailedSignIns(int limit, Duration window) {
    this.limit = limit;
    this.window = window;
  }

  /** Counts a failed sign-in from {@code address} at {@code now}. */
  public void failed(String address, Instant now) {
    if (limit <= 0) {
      return;
    }
    failures.compute(
        address,
        (a, times) -> {
          Deque<Instant> kept = times == null ? new ArrayDeque<>() : times;
          forgetOld(kept, now);
          kept.addLast(now);
          while (kept.size() > limit) {
            kept.removeFirst();
          }
          return kept;
        });
  }

  /** Until when {@code address} is held off, if it has failed {@code limit} times in the window. */
  public Optional<Instant> heldOffUntil(String address, Instant now) {
    if (limit <= 0) {
      return Optional.empty();
    }
    Instant[] until = new Instant[1];
    failures.computeIfPresent(
        address,
        (a, kept) -> {
          forgetOld(kept, now);
          if (kept.size() >= limit) {
            until[0] = kept.peekFirst().plus(window);
          }
          return kept.isEmpty() ? null : kept;
        });
    return Optional.ofNullable(until[0]);
  }

  /** Addresses with a failure in the window, for tests that it forgets the rest. */
  int remembered() {
    return failures.size();
  }

  private void forgetOld(Deque<Instant> times, Instant now) {
    Instant cutoff = now.minus(window);
    while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
      times.removeFirst();
    }
  }
}
