package dev.yakusoku.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PerMinuteLimitTest {
  private static final Instant T = Instant.parse("2026-11-26T01:00:00Z");

  @Test
  void aKeyTakesItsLimitInAMinuteAndTheNextWhenTheFirstIsAMinuteOld() {
    PerMinuteLimit limit = new PerMinuteLimit(3);
    for (int i = 0; i < 3; i++) {
      assertThat(limit.notBefore("key", T.plusSeconds(i))).isEmpty();
      limit.sent("key", T.plusSeconds(i));
    }

    assertThat(limit.notBefore("key", T.plusSeconds(30))).contains(T.plusSeconds(60));
    assertThat(limit.notBefore("key", T.plusSeconds(60))).isEmpty();
  }

  @Test
  void eachKeyHasARateOfItsOwn() {
    PerMinuteLimit limit = new PerMinuteLimit(1);
    limit.sent("one", T);

    assertThat(limit.notBefore("one", T)).isPresent();
    assertThat(limit.notBefore("other", T)).isEmpty();
  }
}
