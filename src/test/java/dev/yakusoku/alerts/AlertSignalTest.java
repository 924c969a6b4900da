package dev.yakusoku.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yakusoku.facts.AlertDraft;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What a rule hands over fits the alert's columns, whatever the rule builds. */
class AlertSignalTest {
  private static final Instant T = Instant.parse("2026-11-26T01:00:00Z");

  @Test
  void aDedupKeyOfAThousandCharactersIsKeptAsTheRuleBuiltIt() {
    String key = "K:" + "k".repeat(998);
    assertThat(AlertSignal.raise(draft(key, "s"), "rs").dedupKey()).isEqualTo(key);
  }

  @Test
  void longerDedupKeysAreShortenedAlikeAndStayApart() {
    String one = "K:" + "k".repeat(5000) + "1";
    String two = "K:" + "k".repeat(5000) + "2";
    String shortened = AlertSignal.raise(draft(one, "s"), "rs").dedupKey();

    assertThat(shortened).hasSize(AlertSignal.MAX_KEY).startsWith("K:kkk");
    assertThat(AlertSignal.disprove(one, T, T, "kept", "rs").dedupKey()).isEqualTo(shortened);
    assertThat(AlertSignal.raise(draft(two, "s"), "rs").dedupKey()).isNotEqualTo(shortened);
  }

  @Test
  void aShortenedDedupKeyEndsWithTheSha256HexOfTheWholeKey() {
    String one = "K:" + "k".repeat(5000) + "1";
    assertThat(AlertSignal.raise(draft(one, "s"), "rs").dedupKey())
        .endsWith("#ab5ed634393aa566131fa9a7dc5e703afeeb69449ac1acf16b9641b556234fa4");
  }

  @Test
  void anAlertIdIsTheHeadOfTheSha256HexOfItsFirstOccurrence() {
    // printf '%s' 'BROKEN_PROMISE:見積り:P-1@2026-11-26T02:03:00Z' | sha256sum
    assertThat(Alert.idOf("BROKEN_PROMISE:見積り:P-1", Instant.parse("2026-11-26T02:03:00Z")))
        .isEqualTo("a-9b5d617577926cf9");
  }

  @Test
  void aSummaryOrRuleNameBeyondItsColumnIsCutWithAnEllipsis() {
    AlertSignal signal = AlertSignal.raise(draft("K:1", "要".repeat(5000)), "rs");
    assertThat(signal.summary()).hasSize(AlertSignal.MAX_SUMMARY).endsWith("…");
  }

  private static AlertDraft draft(String key, String summary) {
    return AlertDraft.of("BROKEN_PROMISE", AlertDraft.CRITICAL, T, "A rule")
        .key(key)
        .summary(summary);
  }
}
