package dev.yakusoku.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The sliding window of failed sign-ins by address. */
class FailedSignInsTest {
  private static final Instant T = Instant.parse("2026-12-07T09:00:00Z");

  @Test
  void anAddressIsHeldOffFromItsLimitUntilItsOldestFailureIsAWindowOld() {
    FailedSignIns failures = new FailedSignIns(3, Duration.ofMinutes(1));
    failures.failed("10.0.0.1", T);
    failures.failed("10.0.0.1", T.plusSeconds(10));
    assertThat(failures.heldOffUntil("10.0.0.1", T.plusSeconds(11))).isEmpty();
    failures.failed("10.0.0.1", T.plusSeconds(20));

    assertThat(failures.heldOffUntil("10.0.0.1", T.plusSeconds(21))).contains(T.plusSeconds(60));
    assertThat(failures.heldOffUntil("10.0.0.2", T.plusSeconds(21)))
        .as("another address")
        .isEmpty();
    assertThat(failures.heldOffUntil("10.0.0.1", T.plusSeconds(60)))
        .as("the first failure left the window")
        .isEmpty();
  }

  @Test
  void addressesWithNoFailureInTheWindowAreForgotten() {
    FailedSignIns failures = new FailedSignIns(3, Duration.ofMinutes(1));
    for (int i = 0; i < 1000; i++) {
      failures.failed("10.0." + (i / 250) + "." + (i % 250), T);
    }
    assertThat(failures.remembered()).isEqualTo(1000);
    for (int i = 0; i < 1000; i++) {
      failures.heldOffUntil("10.0." + (i / 250) + "." + (i % 250), T.plusSeconds(61));
    }
    assertThat(failures.remembered()).isZero();
  }

  @Test
  void noLimitHoldsNoOneOff() {
    FailedSignIns failures = new FailedSignIns(0, Duration.ofMinutes(1));
    for (int i = 0; i < 100; i++) {
      failures.failed("10.0.0.1", T);
    }
    assertThat(failures.heldOffUntil("10.0.0.1", T)).isEmpty();
    assertThat(failures.remembered()).isZero();
  }
}
