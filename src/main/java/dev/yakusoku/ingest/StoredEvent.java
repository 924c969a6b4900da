package dev.yakusoku.ingest;

import dev.yakusoku.events.EventTypes;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The event log: every accepted event, in acceptance order. Engine state is derived from it. */
@Entity
@Table(name = "event_log")
public class StoredEvent extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_log_seq")
  @SequenceGenerator(name = "event_log_seq", sequenceName = "event_log_seq", allocationSize = 50)
  public Long seq;

  public String source;

  @Column(name = "event_id")
  public String eventId;

  public String type;
  public String subject;

  /**
   * The matter the event belongs to as ingestion decided it: the subject, or the open matter a
   * contact without one was tied to when accepted; null for an event of no matter.
   */
  @Column(name = "matter_key")
  public String matterKey;

  @Column(name = "event_time")
  public Instant time;

  /**
   * For a contact without a subject, the party identity resolution found calling when it was
   * accepted: whose matters' late opening or resolution may tie or untie it.
   */
  public String caller;

  @Column(name = "received_at")
  public Instant receivedAt;

  /** The event's {@code data} as JSON text. */
  public String data;

  /**
   * The event's key on {@code yakusoku.events}, which picks its partition: the matter it belongs
   * to, or for an event of no matter its {@code source}, which is stable and keeps one reporting
   * system's matterless events in order.
   */
  public String recordKey() {
    return matterKey != null ? matterKey : source;
  }

  /** The ({@code source}, {@code id}) pairs among those of the given ids that are stored. */
  @SuppressWarnings("unchecked")
  public static List<Object[]> storedKeysAmong(Collection<String> eventIds) {
    if (eventIds.isEmpty()) {
      return List.of();
    }
    // one statement whatever the number of ids (an array parameter), so it is parsed and planned
    // once, by Hibernate and the database alike
    return getEntityManager()
        .createNativeQuery("select source, event_id from event_log where event_id = any(?1)")
        .setParameter(1, eventIds.toArray(String[]::new))
        .getResultList();
  }

  /** The events filed under a matter, in acceptance order. */
  public static List<StoredEvent> ofMatter(String matterId) {
    return list("subject", Sort.ascending("seq"), matterId);
  }

  /** The events whose CloudEvents id is among {@code eventIds}, whatever their source. */
  public static List<StoredEvent> withEventIds(Collection<String> eventIds) {
    return eventIds.isEmpty() ? List.of() : list("eventId in ?1", Sort.ascending("seq"), eventIds);
  }

  /** The events with the given sequence numbers. */
  public static List<StoredEvent> withSeqs(Collection<Long> seqs) {
    return seqs.isEmpty() ? List.of() : list("seq in ?1", seqs);
  }

  /** Events an admin has not let the engines judge yet (see {@link QuarantinedEvent}). */
  private static final String NOT_HELD =
      "seq not in (select q.eventSeq from QuarantinedEvent q where q.retrying = false)";

  /**
   * What a restart replays: the events of matters not resolved, and events with no matter but for
   * calls before {@code untiedSince} (the engine has let go of those), by {@code time} and in
   * acceptance order within a time, but for the quarantined.
   */
  public static Stream<StoredEvent> streamForReplay(Instant untiedSince) {
    return stream(
        "((matterKey is null and (type <> ?2 or time >= ?3))"
            + " or matterKey not in (select m.id from MatterRecord m where m.state = ?1))"
            + " and "
            + NOT_HELD,
        Sort.ascending("time").and("seq"),
        MatterRecord.RESOLVED,
        EventTypes.CONTACT_LOGGED,
        untiedSince);
  }

  /**
   * The events filed under the given matters (by ingestion's decision, subjectless calls tied to
   * them included), by {@code time} and in acceptance order within a time, but for the quarantined.
   */
  public static List<StoredEvent> filedUnder(Collection<String> matterKeys) {
    return matterKeys.isEmpty()
        ? List.of()
        : list("matterKey in ?1 and " + NOT_HELD, Sort.ascending("time").and("seq"), matterKeys);
  }

  /** The calls without a subject from {@code callers} at or after {@code from}, by time. */
  public static List<StoredEvent> callsFrom(Collection<String> callers, Instant from) {
    return callers.isEmpty()
        ? List.of()
        : list("caller in ?1 and time >= ?2", Sort.ascending("time").and("seq"), callers, from);
  }

  /** The sequence number of the event stored under ({@code source}, {@code id}). */
  public static Optional<Long> seqOf(String source, String eventId) {
    return getEntityManager()
        .createQuery(
            "select e.seq from StoredEvent e where e.source = ?1 and e.eventId = ?2", Long.class)
        .setParameter(1, source)
        .setParameter(2, eventId)
        .getResultStream()
        .findFirst();
  }
}
