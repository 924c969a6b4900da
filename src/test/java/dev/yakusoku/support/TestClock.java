package dev.yakusoku.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The wall clock in tests: set by the test, so live deadlines fire when the test says. */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {
  private volatile Instant now = Instant.parse("2026-11-26T00:00:00Z");

  public void set(String rfc3339) {
    now = OffsetDateTime.parse(rfc3339).toInstant();
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
