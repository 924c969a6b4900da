package dev.yakusoku.alerts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

/** One raising of an alert; its key makes a replayed judgement a no-op. */
@Entity
@Table(name = "alert_occurrence")
public class AlertOccurrence extends PanacheEntityBase {
  @Id
  @Column(name = "occurrence_key")
  public String occurrenceKey;

  @Column(name = "alert_id")
  public String alertId;

  public static Optional<AlertOccurrence> findByKey(String occurrenceKey) {
    return findByIdOptional(occurrenceKey);
  }
}
