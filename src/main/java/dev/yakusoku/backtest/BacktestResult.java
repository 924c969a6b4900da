package dev.yakusoku.backtest;

import dev.yakusoku.alerts.AlertView;
import java.util.List;

/**
 * What a draft rule set would have done differently from the live one over a stretch of history.
 */
public record BacktestResult(
    Counts counts,
    List<AlertView> onlyDraft,
    List<AlertView> onlyLive,
    List<Moved> raisedAtDifferentTimes,
    List<RuleView> perRule) {

  /** How many alerts each side raised and how they compare. */
  public record Counts(
      int draft, int live, int same, int onlyDraft, int onlyLive, int raisedAtDifferentTimes) {}

  /** An alert both raised, at different times. */
  public record Moved(
      String dedupKey,
      String type,
      String matterId,
      String draftRaisedAt,
      String liveRaisedAt,
      String draftRule,
      String liveRule) {}

  /** Per rule: alerts it raised in the draft and live, and how many of them differ. */
  public record RuleView(
      String rule, int draft, int live, int onlyDraft, int onlyLive, int raisedAtDifferentTimes) {}

  static final class RuleCounts {
    final String rule;
    int draft;
    int live;
    int onlyDraft;
    int onlyLive;
    int moved;

    RuleCounts(String rule) {
      this.rule = rule;
    }

    RuleView view() {
      return new RuleView(rule, draft, live, onlyDraft, onlyLive, moved);
    }
  }
}
