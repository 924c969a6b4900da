package dev.yakusoku.alerts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The alert ledger of an isolated run (scenario, backtest): nothing is stored. Unresolved alerts
 * are indexed by matter, so a raise costs the same however many alerts the run has raised.
 */
public class InMemoryAlertLedger extends AlertLedger {
  private final Map<String, Alert> alerts = new LinkedHashMap<>();
  private final Map<String, String> occurrences = new HashMap<>();
  private final Map<String, String> unresolvedByKey = new HashMap<>();
  private final Map<String, Set<String>> unresolvedByMatter = new HashMap<>();
  private long visited;

  @Override
  protected Optional<Alert> occurrence(String occurrenceKey) {
    return Optional.ofNullable(occurrences.get(occurrenceKey)).map(alerts::get);
  }

  @Override
  protected Optional<Alert> unresolved(String dedupKey) {
    return Optional.ofNullable(unresolvedByKey.get(dedupKey)).map(alerts::get);
  }

  @Override
  protected List<Alert> unresolvedOnMatter(String matterId, String type) {
    List<Alert> found = new ArrayList<>();
    for (String id : unresolvedByMatter.getOrDefault(matterId, Set.of())) {
      visited++;
      Alert alert = alerts.get(id);
      if (type.equals(alert.type)) {
        found.add(alert);
      }
    }
    return found;
  }

  @Override
  protected void save(Alert alert) {
    alerts.put(alert.id, alert);
    if (alert.isResolved()) {
      unresolvedByKey.remove(alert.dedupKey, alert.id);
      Set<String> onMatter = alert.matterId == null ? null : unresolvedByMatter.get(alert.matterId);
      if (onMatter != null && onMatter.remove(alert.id) && onMatter.isEmpty()) {
        unresolvedByMatter.remove(alert.matterId);
      }
    } else {
      unresolvedByKey.put(alert.dedupKey, alert.id);
      if (alert.matterId != null) {
        unresolvedByMatter
            .computeIfAbsent(alert.matterId, m -> new LinkedHashSet<>())
            .add(alert.id);
      }
    }
  }

  @Override
  protected void record(String occurrenceKey, Alert alert) {
    occurrences.put(occurrenceKey, alert.id);
  }

  /** Every alert of the run, in the order first raised. */
  public List<Alert> alerts() {
    List<Alert> list = new ArrayList<>(alerts.values());
    list.sort(Comparator.comparing((Alert a) -> a.firstRaisedAt).thenComparing(a -> a.id));
    return list;
  }

  /**
   * The alerts of {@code matters}, and those of no matter that cite one of {@code calls}, as judged
   * in this run, resolved ones included, each with the occurrence keys recorded on it.
   */
  public List<Rejudgement.Expected> expectedOn(Set<String> matters, Set<String> calls) {
    Map<String, List<String>> keysByAlert = new HashMap<>();
    occurrences.forEach(
        (key, id) -> keysByAlert.computeIfAbsent(id, i -> new ArrayList<>()).add(key));
    return alerts().stream()
        .filter(
            a ->
                a.matterId != null
                    ? matters.contains(a.matterId)
                    : a.evidence.stream().anyMatch(calls::contains))
        .map(a -> new Rejudgement.Expected(a, keysByAlert.getOrDefault(a.id, List.of())))
        .toList();
  }

  /** How many alerts the ledger has looked at to find a matter's, for tests that count work. */
  long visited() {
    return visited;
  }
}
