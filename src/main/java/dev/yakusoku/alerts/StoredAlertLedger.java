package dev.yakusoku.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The alert ledger in the database; callers run it inside their transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StoredAlertLedger extends AlertLedger {
  private final Clock wallClock;

  public StoredAlertLedger(Clock wallClock) {
    this.wallClock = wallClock;
  }

  @Override
  protected Optional<Alert> occurrence(String occurrenceKey) {
    return AlertOccurrence.findByKey(occurrenceKey).flatMap(o -> Alert.findByIdOptional(o.alertId));
  }

  @Override
  protected Optional<Alert> unresolved(String dedupKey) {
    return Alert.findUnresolvedByDedupKey(dedupKey);
  }

  @Override
  protected List<Alert> unresolvedOnMatter(String matterId, String type) {
    return Alert.listUnresolvedOnMatter(matterId, type);
  }

  @Override
  protected void save(Alert alert) {
    if (!alert.isPersistent()) {
      alert.createdAt = wallClock.instant();
      alert.persist();
    }
  }

  @Override
  protected void record(String occurrenceKey, Alert alert) {
    AlertOccurrence occurrence = new AlertOccurrence();
    occurrence.occurrenceKey = occurrenceKey;
    occurrence.alertId = alert.id;
    occurrence.persist();
  }
}
