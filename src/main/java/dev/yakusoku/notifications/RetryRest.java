package dev.yakusoku.notifications;

import java.time.Duration;

/**
 * The rest after failed attempts: {@code min} after the first, doubled after each, up to {@code
 * max}.
 */
record RetryRest(Duration min, Duration max) {
  Duration after(int attempts) {
    Duration rest = min;
    for (int i = 1; i < attempts && rest.compareTo(max) < 0; i++) {
      rest = rest.multipliedBy(2);
    }
    return rest.compareTo(max) > 0 ? max : rest;
  }
}
