package dev.yakusoku.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yakusoku.facts.AlertDraft;
import dev.yakusoku.persistence.UniqueViolation;
import dev.yakusoku.support.LiveService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database, not the timing of replicas, keeps one unresolved alert per dedup key: a second
 * unresolved row with the key is refused, while a resolved one leaves the key free.
 */
@QuarkusTest
class OneUnresolvedAlertPerDedupKeyTest {
  private static final String KEY = "DUPLICATE_ESCALATION:M-race";

  @Inject LiveService live;

  @BeforeEach
  void freshService() {
    live.resetAt("2026-11-26T09:59:00+09:00");
  }

  @Test
  void aSecondUnresolvedAlertWithTheSameDedupKeyIsRefusedByTheDatabase() {
    store(alert("2026-11-26T01:12:00Z"));

    assertThatThrownBy(() -> store(alert("2026-11-26T01:13:00Z")))
        .matches(UniqueViolation::causes, "a unique violation");
    assertThat(count()).isEqualTo(1);
  }

  @Test
  void aResolvedAlertLeavesItsDedupKeyFreeForTheNext() {
    Alert first = alert("2026-11-26T01:12:00Z");
    first.state = AlertState.RESOLVED;
    store(first);

    store(alert("2026-11-26T01:13:00Z"));

    assertThat(count()).isEqualTo(2);
  }

  private static Alert alert(String raisedAt) {
    AlertDraft draft =
        AlertDraft.of("DUPLICATE_ESCALATION", AlertDraft.WARNING, Instant.parse(raisedAt), "rule")
            .key(KEY);
    return Alert.from(AlertSignal.raise(draft, "rs-test"));
  }

  private static void store(Alert alert) {
    QuarkusTransaction.requiringNew().run(alert::persist);
  }

  private static long count() {
    return QuarkusTransaction.requiringNew().call(() -> Alert.count("dedupKey", KEY));
  }
}
