package dev.yakusoku.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yakusoku.facts.AlertTypes;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The inhibition policy as rule authors are told it (docs/rule-authoring.md, "Inhibition"): what it
 * says, and what the ledger does with it.
 */
class InhibitionTest {
  private static final Instant AT_RISK_AT = Instant.parse("2026-11-26T01:45:00Z");
  private static final Instant DUE = Instant.parse("2026-11-26T02:00:00Z");
  private static final Instant LATER = Instant.parse("2026-11-26T02:30:00Z");

  private final InMemoryAlertLedger ledger = new InMemoryAlertLedger();

  @Test
  void aBrokenPromiseResolvesPromisesAtRiskAndAttachesDuplicateEscalationsAndNothingElse() {
    assertThat(Inhibition.INHIBITING).isEqualTo("BROKEN_PROMISE");
    assertThat(Inhibition.on("PROMISE_AT_RISK")).isEqualTo(Inhibition.Effect.RESOLVE);
    assertThat(Inhibition.on("DUPLICATE_ESCALATION")).isEqualTo(Inhibition.Effect.ATTACH);
    for (String type :
        new String[] {
          AlertTypes.BROKEN_PROMISE,
          AlertTypes.STALLED_DEPENDENCY,
          AlertTypes.UNROUTED_CONTACT,
          "URGENT_WITHOUT_PROMISE",
          null
        }) {
      assertThat(Inhibition.on(type)).as(type).isEqualTo(Inhibition.Effect.NONE);
    }
    assertThat(Inhibition.resolvedTypes()).containsExactly("PROMISE_AT_RISK");
    assertThat(Inhibition.inhibits("BROKEN_PROMISE")).isTrue();
    assertThat(Inhibition.inhibits("PROMISE_AT_RISK")).isFalse();
  }

  @Test
  void theScopeIsTheMatterSoAnAlertOfNoMatterIsOutsideIt() {
    assertThat(Inhibition.applies("M-1")).isTrue();
    assertThat(Inhibition.applies(null)).isFalse();
  }

  @Test
  void theResolutionNamesTheBrokenPromisesAlert() {
    assertThat(Inhibition.reason("a-0123456789abcdef"))
        .isEqualTo("inhibited: a promise on this matter is broken, see alert a-0123456789abcdef");
  }

  @Test
  void aPromiseAtRiskRaisedBeforeTheBrokenPromiseIsResolvedWhenItBreaks() {
    Alert atRisk = only(ledger.apply(atRisk("M-1", "P-1", AT_RISK_AT)));

    List<Alert> changed = ledger.apply(broken("M-1", "P-1", DUE));

    Alert broken = changed.get(0);
    assertThat(changed).extracting(a -> a.id).containsExactly(broken.id, atRisk.id);
    assertThat(atRisk.state).isEqualTo(AlertState.RESOLVED);
    assertThat(atRisk.resolvedBy).isEqualTo("yakusoku");
    assertThat(atRisk.resolvedAt).isEqualTo(DUE);
    assertThat(atRisk.resolution)
        .isEqualTo("inhibited: a promise on this matter is broken, see alert " + broken.id);
    assertThat(broken.state).isEqualTo(AlertState.OPEN);
  }

  @Test
  void aPromiseAtRiskRaisedAfterTheBrokenPromiseIsResolvedAtOnce() {
    Alert broken = only(ledger.apply(broken("M-1", "P-1", DUE)));

    Alert atRisk = only(ledger.apply(atRisk("M-1", "P-2", LATER)));

    assertThat(atRisk.state).isEqualTo(AlertState.RESOLVED);
    assertThat(atRisk.resolvedAt).isEqualTo(LATER);
    assertThat(atRisk.resolution).isEqualTo(Inhibition.reason(broken.id));
  }

  @Test
  void aDuplicateEscalationJoinsTheBrokenPromisesAlertInsteadOfRaisingItsOwn() {
    Alert broken = only(ledger.apply(broken("M-1", "P-1", DUE)));

    List<Alert> changed = ledger.apply(duplicate("M-1", LATER, "/crm/e9"));

    assertThat(changed).extracting(a -> a.id).containsExactly(broken.id);
    assertThat(ledger.alerts()).extracting(a -> a.type).containsExactly("BROKEN_PROMISE");
    assertThat(broken.occurrences).isEqualTo(1);
    assertThat(broken.evidence).contains("/crm/e9");
    assertThat(broken.notes)
        .containsExactly("a duplicate escalation while the promise is broken: pressed again");
  }

  @Test
  void otherTypesOnTheMatterAndAlertsOfOtherMattersAreLeftAlone() {
    ledger.apply(broken("M-1", "P-1", DUE));

    ledger.apply(signal("STALLED_DEPENDENCY", "M-1", "STALLED_DEPENDENCY:M-1:u-1", LATER));
    ledger.apply(signal("UNROUTED_CONTACT", null, "UNROUTED_CONTACT:/reception/e7", LATER));
    ledger.apply(atRisk("M-2", "P-1", LATER));
    ledger.apply(duplicate("M-2", LATER, "/crm/e9"));

    assertThat(ledger.alerts())
        .extracting(a -> a.dedupKey + " " + a.state)
        .containsExactlyInAnyOrder(
            "BROKEN_PROMISE:M-1:P-1 open",
            "STALLED_DEPENDENCY:M-1:u-1 open",
            "UNROUTED_CONTACT:/reception/e7 open",
            "PROMISE_AT_RISK:M-2:P-1 open",
            "DUPLICATE_ESCALATION:M-2 open");
  }

  @Test
  void aBrokenPromiseAManagerResolvedInhibitsNothingMore() {
    Alert broken = only(ledger.apply(broken("M-1", "P-1", DUE)));
    broken.resolve("s-ikumi", "called the client", LATER);
    ledger.save(broken);

    Alert atRisk = only(ledger.apply(atRisk("M-1", "P-2", LATER)));

    assertThat(atRisk.state).isEqualTo(AlertState.OPEN);
  }

  @Test
  void aReplayOfTheSameSignalsChangesNothingAndAFreshLedgerComesToTheSameAlerts() {
    List<AlertSignal> signals =
        List.of(
            atRisk("M-1", "P-1", AT_RISK_AT),
            broken("M-1", "P-1", DUE),
            duplicate("M-1", LATER, "/crm/e9"),
            atRisk("M-1", "P-2", LATER));
    signals.forEach(ledger::apply);
    List<String> first = described(ledger);

    for (AlertSignal s : signals) {
      assertThat(ledger.apply(s)).as("replayed %s", s.occurrenceKey()).isEmpty();
    }
    InMemoryAlertLedger fresh = new InMemoryAlertLedger();
    signals.forEach(fresh::apply);

    assertThat(described(ledger)).isEqualTo(first);
    assertThat(described(fresh)).isEqualTo(first);
  }

  private static List<String> described(InMemoryAlertLedger ledger) {
    return ledger.alerts().stream()
        .map(
            a ->
                String.join(
                    " | ",
                    a.id,
                    a.state,
                    String.valueOf(a.resolution),
                    String.valueOf(a.occurrences),
                    String.join(",", a.evidence),
                    String.join(",", a.notes)))
        .toList();
  }

  private static Alert only(List<Alert> changed) {
    assertThat(changed).hasSize(1);
    return changed.get(0);
  }

  private static AlertSignal atRisk(String matter, String promise, Instant at) {
    return signal("PROMISE_AT_RISK", matter, "PROMISE_AT_RISK:" + matter + ":" + promise, at);
  }

  private static AlertSignal broken(String matter, String promise, Instant at) {
    return signal("BROKEN_PROMISE", matter, "BROKEN_PROMISE:" + matter + ":" + promise, at);
  }

  private static AlertSignal duplicate(String matter, Instant at, String ref) {
    return new AlertSignal(
        AlertSignal.Kind.RAISE,
        "DUPLICATE_ESCALATION",
        "warning",
        matter,
        "t-ops",
        "s-ikumi",
        "pressed again",
        "DUPLICATE_ESCALATION:" + matter,
        at,
        List.of("/crm/e2", ref),
        List.of(),
        "a rule",
        "rs-test",
        at,
        null);
  }

  private static AlertSignal signal(String type, String matter, String key, Instant at) {
    return new AlertSignal(
        AlertSignal.Kind.RAISE,
        type,
        "warning",
        matter,
        "t-ops",
        "s-ikumi",
        type + " on " + matter,
        key,
        at,
        List.of("/crm/e1"),
        List.of(),
        "a rule",
        "rs-test",
        at,
        null);
  }
}
