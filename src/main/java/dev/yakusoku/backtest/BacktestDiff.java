package dev.yakusoku.backtest;

import dev.yakusoku.alerts.AlertView;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares the alerts a draft rule set raised with those the live set raised over the same history.
 * Alerts are paired by dedup key, in the order they were raised: a pair raised at the same time is
 * the same alert; at different times, it moved; an alert without a partner was raised by one side
 * only.
 */
public final class BacktestDiff {
  /** At most this many alerts are listed per kind of difference; the counts are always whole. */
  static final int LISTED = 500;

  private BacktestDiff() {}

  public static BacktestResult compare(List<AlertView> draft, List<AlertView> live) {
    Map<String, List<AlertView>> draftByKey = byKey(draft);
    Map<String, List<AlertView>> liveByKey = byKey(live);
    List<AlertView> onlyDraft = new ArrayList<>();
    List<AlertView> onlyLive = new ArrayList<>();
    List<BacktestResult.Moved> moved = new ArrayList<>();
    Map<String, BacktestResult.RuleCounts> perRule = new TreeMap<>();
    int same = 0;
    for (String key : union(draftByKey, liveByKey)) {
      List<AlertView> d = draftByKey.getOrDefault(key, List.of());
      List<AlertView> l = liveByKey.getOrDefault(key, List.of());
      for (int i = 0; i < Math.max(d.size(), l.size()); i++) {
        AlertView a = i < d.size() ? d.get(i) : null;
        AlertView b = i < l.size() ? l.get(i) : null;
        if (a != null) {
          counts(perRule, a.rule()).draft++;
        }
        if (b != null) {
          counts(perRule, b.rule()).live++;
        }
        if (a != null && b == null) {
          onlyDraft.add(a);
          counts(perRule, a.rule()).onlyDraft++;
        } else if (a == null) {
          onlyLive.add(b);
          counts(perRule, b.rule()).onlyLive++;
        } else if (raisedAt(a).equals(raisedAt(b))) {
          same++;
        } else {
          moved.add(
              new BacktestResult.Moved(
                  key,
                  a.type(),
                  a.matterId(),
                  a.firstRaisedAt(),
                  b.firstRaisedAt(),
                  a.rule(),
                  b.rule()));
          counts(perRule, a.rule()).moved++;
          if (!a.rule().equals(b.rule())) {
            counts(perRule, b.rule()).moved++;
          }
        }
      }
    }
    return new BacktestResult(
        new BacktestResult.Counts(
            draft.size(), live.size(), same, onlyDraft.size(), onlyLive.size(), moved.size()),
        first(onlyDraft),
        first(onlyLive),
        first(moved),
        perRule.values().stream().map(BacktestResult.RuleCounts::view).toList());
  }

  private static Map<String, List<AlertView>> byKey(List<AlertView> alerts) {
    Map<String, List<AlertView>> byKey = new LinkedHashMap<>();
    alerts.stream()
        .sorted(Comparator.comparing(BacktestDiff::raisedAt))
        .forEach(a -> byKey.computeIfAbsent(a.dedupKey(), k -> new ArrayList<>()).add(a));
    return byKey;
  }

  private static List<String> union(Map<String, ?> a, Map<String, ?> b) {
    TreeMap<String, Boolean> keys = new TreeMap<>();
    a.keySet().forEach(k -> keys.put(k, true));
    b.keySet().forEach(k -> keys.put(k, true));
    return List.copyOf(keys.keySet());
  }

  private static BacktestResult.RuleCounts counts(
      Map<String, BacktestResult.RuleCounts> perRule, String rule) {
    return perRule.computeIfAbsent(rule, BacktestResult.RuleCounts::new);
  }

  private static java.time.Instant raisedAt(AlertView a) {
    return OffsetDateTime.parse(a.firstRaisedAt()).toInstant();
  }

  private static <T> List<T> first(List<T> items) {
    return List.copyOf(items.subList(0, Math.min(LISTED, items.size())));
  }
}
