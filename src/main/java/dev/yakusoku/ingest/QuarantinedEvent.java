package dev.yakusoku.ingest;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * A stored event no engine judges until an admin retries it, and why (see {@link EventQuarantine}).
 */
@Entity
@Table(name = "quarantined_event")
public class QuarantinedEvent extends PanacheEntityBase {
  /** The longest error text kept. */
  static final int MAX_ERROR = 4000;

  @Id
  @Column(name = "event_seq")
  public Long eventSeq;

  public String stage;
  public String error;

  @Column(name = "quarantined_at")
  public Instant quarantinedAt;

  /** How many times judging it failed: once, and once more for every retry that failed. */
  public int attempts;

  /** True while a retry judges it. */
  public boolean retrying;

  /** Every quarantined event, oldest first. */
  public static List<QuarantinedEvent> listHeld() {
    return listAll(Sort.ascending("quarantinedAt").and("eventSeq"));
  }

  /** Retries a crash interrupted are not under way any more: the events are held again. */
  public static int endInterruptedRetries() {
    return update("retrying = false where retrying = true");
  }
}
