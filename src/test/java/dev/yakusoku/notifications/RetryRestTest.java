package dev.yakusoku.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryRestTest {
  private final RetryRest rest = new RetryRest(Duration.ofSeconds(5), Duration.ofMinutes(10));

  @Test
  void theRestDoublesAfterEachFailedAttemptUpToTheMaximum() {
    assertThat(rest.after(1)).isEqualTo(Duration.ofSeconds(5));
    assertThat(rest.after(2)).isEqualTo(Duration.ofSeconds(10));
    assertThat(rest.after(4)).isEqualTo(Duration.ofSeconds(40));
    assertThat(rest.after(8)).isEqualTo(Duration.ofMinutes(10));
    assertThat(rest.after(1_000)).isEqualTo(Duration.ofMinutes(10));
  }
}
