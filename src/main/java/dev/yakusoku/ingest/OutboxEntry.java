package dev.yakusoku.ingest;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * One stored event waiting to be published to the events topic (the transactional outbox), or
 * published once the broker acked it ({@link #sentAt}).
 */
@Entity
@Table(name = "event_outbox")
public class OutboxEntry extends PanacheEntityBase {
  /** The event's {@link StoredEvent#seq}: rows are published in acceptance order. */
  @Id
  @Column(name = "event_seq")
  public Long eventSeq;

  /** The record key, {@link StoredEvent#recordKey}. */
  @Column(name = "message_key")
  public String messageKey;

  @Column(name = "sent_at")
  public Instant sentAt;

  /**
   * Why the broker will never take this row's record (too large, say), once it was set aside: it
   * counts as done, so the rows after it are published, and its event is quarantined.
   */
  public String failure;

  /** Adds a stored event to the outbox, in the transaction that stores it. */
  static void add(StoredEvent stored) {
    OutboxEntry entry = new OutboxEntry();
    entry.eventSeq = stored.seq;
    entry.messageKey = stored.recordKey();
    entry.persist();
  }

  /**
   * A stored event filed under another matter now: published again, under its new record key, if it
   * has a row (clustered).
   */
  static void readdress(StoredEvent stored) {
    OutboxEntry entry = findById(stored.seq);
    if (entry != null) {
      entry.messageKey = stored.recordKey();
      entry.sentAt = null;
    }
  }

  /**
   * The oldest {@code limit} rows not yet sent, in acceptance order, locked until the transaction
   * ends so that two relays never publish the same rows at once.
   */
  static List<OutboxEntry> oldestPending(int limit) {
    return find("sentAt is null", Sort.ascending("eventSeq"))
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .page(Page.ofSize(limit))
        .list();
  }

  /** How many rows wait to be published. */
  public static long pending() {
    return count("sentAt is null");
  }
}
