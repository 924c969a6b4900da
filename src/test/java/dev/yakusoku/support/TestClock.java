package dev.yakusoku.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.arc.Arc;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The wall clock in tests: set by the test, so live deadlines fire when the test says. Posting an
 * event moves it up to the event's time ({@link #reachTimesOf}), as the world's clock would have
 * moved before anyone could report it; the service refuses events ahead of its clock.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {
  private volatile Instant now = Instant.parse("2026-11-26T00:00:00Z");

  public void set(String rfc3339) {
    now = OffsetDateTime.parse(rfc3339).toInstant();
  }

  /** Moves the clock up to {@code time}; never back. */
  public synchronized void atLeast(Instant time) {
    if (time.isAfter(now)) {
      now = time;
    }
  }

  /**
   * Moves the clock of the running test application up to the latest {@code time} of the events in
   * {@code body} (one event or an array of them), as a client posting them after they happened.
   */
  public static void reachTimesOf(String body) {
    JsonNode root;
    try {
      root = Stories.JSON.readTree(body);
    } catch (JsonProcessingException e) {
      return; // not JSON: the service will say so
    }
    List<JsonNode> events = new ArrayList<>();
    (root.isArray() ? root : Stories.JSON.createArrayNode().add(root)).forEach(events::add);
    TestClock clock = Arc.container().instance(TestClock.class).get();
    for (JsonNode event : events) {
      JsonNode time = event.get("time");
      if (time != null && time.isTextual()) {
        try {
          clock.atLeast(OffsetDateTime.parse(time.asText()).toInstant());
        } catch (DateTimeParseException e) {
          // a bad time is the test's point: the service will say so
        }
      }
    }
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
