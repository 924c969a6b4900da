package dev.yakusoku.alerts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The alert ledger of an isolated run (scenario, backtest): nothing is stored. */
public class InMemoryAlertLedger extends AlertLedger {
  private final Map<String, Alert> alerts = new LinkedHashMap<>();
  private final Map<String, String> occurrences = new HashMap<>();
  private final Map<String, String> unresolvedByKey = new HashMap<>();

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
    return alerts.values().stream()
        .filter(a -> matterId.equals(a.matterId) && type.equals(a.type) && !a.isResolved())
        .toList();
  }

  @Override
  protected void save(Alert alert) {
    alerts.put(alert.id, alert);
    if (alert.isResolved()) {
      unresolvedByKey.remove(alert.dedupKey, alert.id);
    } else {
      unresolvedByKey.put(alert.dedupKey, alert.id);
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
}
