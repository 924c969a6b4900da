package dev.yakusoku.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cost of a raise does not grow with the alerts raised before it. */
class InMemoryAlertLedgerTest {
  private static final Instant T = Instant.parse("2026-11-26T01:00:00Z");

  @Test
  void aRaiseLooksAtTheSameNumberOfAlertsAfterAHundredAsAfterTenThousand() {
    assertThat(alertsVisitedByOneMoreRaise(10_000))
        .as("alerts looked at by a raise after 10,000 others")
        .isEqualTo(alertsVisitedByOneMoreRaise(100));
  }

  @Test
  void aBrokenPromiseStillResolvesTheAtRiskAlertOfItsOwnMatter() {
    InMemoryAlertLedger ledger = new InMemoryAlertLedger();
    ledger.apply(raise("PROMISE_AT_RISK", "M-1", "PROMISE_AT_RISK:M-1:P-1"));
    ledger.apply(raise("PROMISE_AT_RISK", "M-2", "PROMISE_AT_RISK:M-2:P-1"));

    ledger.apply(raise("BROKEN_PROMISE", "M-1", "BROKEN_PROMISE:M-1:P-1"));

    assertThat(ledger.alerts())
        .extracting(a -> a.dedupKey + " " + a.state)
        .containsExactlyInAnyOrder(
            "PROMISE_AT_RISK:M-1:P-1 resolved",
            "PROMISE_AT_RISK:M-2:P-1 open",
            "BROKEN_PROMISE:M-1:P-1 open");
  }

  private static long alertsVisitedByOneMoreRaise(int before) {
    InMemoryAlertLedger ledger = new InMemoryAlertLedger();
    for (int i = 0; i < before; i++) {
      ledger.apply(raise("PROMISE_AT_RISK", "M-" + i, "PROMISE_AT_RISK:M-" + i + ":P-1"));
      ledger.apply(raise("STALLED_DEPENDENCY", "M-" + i, "STALLED_DEPENDENCY:M-" + i + ":u-1"));
    }
    long visited = ledger.visited();
    ledger.apply(raise("BROKEN_PROMISE", "M-new", "BROKEN_PROMISE:M-new:P-1"));
    return ledger.visited() - visited;
  }

  private static AlertSignal raise(String type, String matter, String key) {
    return new AlertSignal(
        AlertSignal.Kind.RAISE,
        type,
        "warning",
        matter,
        "t-ops",
        "s-ikumi",
        type + " on " + matter,
        key,
        T,
        List.of("/crm/e1"),
        List.of(),
        "a rule",
        "rs-test",
        T,
        null);
  }
}
