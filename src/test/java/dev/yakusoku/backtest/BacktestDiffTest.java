package dev.yakusoku.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yakusoku.alerts.AlertView;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pairing the draft's alerts with the live set's, key by key, in the order they were raised. */
class BacktestDiffTest {
  private static final String BROKEN = "A promise passes its due time unkept";
  private static final String RENAMED = "A promise is broken once its due time has passed";

  @Test
  void alertsOfOneKeyArePairedInTheOrderTheyWereRaised() {
    List<AlertView> draft =
        List.of(
            alert("BROKEN_PROMISE:M-1", "10:00", BROKEN),
            alert("BROKEN_PROMISE:M-1", "12:00", BROKEN));
    List<AlertView> live = List.of(alert("BROKEN_PROMISE:M-1", "10:00", BROKEN));

    BacktestResult result = BacktestDiff.compare(draft, live);

    assertThat(result.counts()).isEqualTo(new BacktestResult.Counts(2, 1, 1, 1, 0, 0));
    assertThat(result.onlyDraft())
        .extracting(AlertView::firstRaisedAt)
        .containsExactly(at("12:00"));
  }

  @Test
  void anAlertRaisedAtAnotherTimeByARenamedRuleCountsOnceForEachRule() {
    BacktestResult result =
        BacktestDiff.compare(
            List.of(alert("BROKEN_PROMISE:M-1", "11:00", RENAMED)),
            List.of(alert("BROKEN_PROMISE:M-1", "10:00", BROKEN)));

    assertThat(result.counts().raisedAtDifferentTimes()).isEqualTo(1);
    assertThat(result.raisedAtDifferentTimes().get(0).draftRaisedAt()).isEqualTo(at("11:00"));
    assertThat(result.raisedAtDifferentTimes().get(0).liveRaisedAt()).isEqualTo(at("10:00"));
    assertThat(result.perRule())
        .containsExactly(
            new BacktestResult.RuleView(RENAMED, 1, 0, 0, 0, 1),
            new BacktestResult.RuleView(BROKEN, 0, 1, 0, 0, 1));
  }

  @Test
  void keysOnlyOneSideRaisedAreListedOnThatSide() {
    BacktestResult result =
        BacktestDiff.compare(
            List.of(alert("URGENT:M-2", "09:00", "urgent")),
            List.of(alert("DUPLICATE_ESCALATION:M-1", "10:12", "duplicate")));

    assertThat(result.counts()).isEqualTo(new BacktestResult.Counts(1, 1, 0, 1, 1, 0));
    assertThat(result.onlyDraft()).extracting(AlertView::dedupKey).containsExactly("URGENT:M-2");
    assertThat(result.onlyLive())
        .extracting(AlertView::dedupKey)
        .containsExactly("DUPLICATE_ESCALATION:M-1");
  }

  private static String at(String time) {
    return "2026-11-26T" + time + ":00+09:00";
  }

  private static AlertView alert(String key, String time, String rule) {
    String type = key.substring(0, key.indexOf(':'));
    String matter = key.substring(key.indexOf(':') + 1);
    return new AlertView(
        "a-" + key + time,
        type,
        "warning",
        matter,
        "t-ops",
        "s-ikumi",
        "summary",
        key,
        1,
        at(time),
        at(time),
        "open",
        List.of(),
        List.of(),
        rule,
        "rs-test",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "Asia/Tokyo",
        null);
  }
}
