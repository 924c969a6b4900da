package dev.yakusoku.ingest;

import dev.yakusoku.events.AcceptedEvent;
import dev.yakusoku.events.EventData;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.Session;

/** Whether a matter is open, kept beside the log so a restart replays only open matters. */
@Entity
@Table(name = "matter")
public class MatterRecord extends PanacheEntityBase {
  public static final String OPEN = "open";
  public static final String RESOLVED = "resolved";

  @Id public String id;
  public String state;

  @Column(name = "updated_at")
  public Instant updatedAt;

  /** The party id of the client, once the matter's {@code matter.opened} is stored. */
  public String client;

  /** The party id of the end user, if {@code matter.opened} named one. */
  @Column(name = "end_user")
  public String endUser;

  /** The event time of its {@code matter.opened}; null for a matter stored before it was kept. */
  @Column(name = "opened_at")
  public Instant openedAt;

  /** The event time of its {@code matter.resolved}, once that is stored. */
  @Column(name = "resolved_at")
  public Instant resolvedAt;

  /**
   * Records what an event says of its matter: its state (a resolved matter stays resolved) and,
   * from {@code matter.opened}, its client and end user. {@code known} holds the records read or
   * made so far, and gains the one made here; answers the matter's record.
   */
  public static MatterRecord note(AcceptedEvent event, Map<String, MatterRecord> known) {
    boolean resolves = event.data() instanceof EventData.MatterResolved;
    MatterRecord m = known.get(event.subject());
    if (m == null) {
      m = new MatterRecord();
      m.id = event.subject();
      m.state = resolves ? RESOLVED : OPEN;
      m.updatedAt = event.time();
      m.resolvedAt = resolves ? event.time() : null;
      noteOpening(m, event);
      m.persist();
      known.put(m.id, m);
      return m;
    }
    if (resolves && !RESOLVED.equals(m.state)) {
      m.state = RESOLVED;
      m.updatedAt = event.time();
      m.resolvedAt = event.time();
    }
    noteOpening(m, event);
    return m;
  }

  /** The stored records of the matters among {@code ids}, by id, read in one query. */
  public static Map<String, MatterRecord> byIds(Collection<String> ids) {
    Map<String, MatterRecord> found = new HashMap<>();
    if (!ids.isEmpty()) {
      getEntityManager()
          .unwrap(Session.class)
          .findMultiple(MatterRecord.class, List.copyOf(ids))
          .stream()
          .filter(Objects::nonNull)
          .forEach(m -> found.put(m.id, m));
    }
    return found;
  }

  private static void noteOpening(MatterRecord m, AcceptedEvent event) {
    if (event.data() instanceof EventData.MatterOpened opened) {
      m.client = opened.client();
      m.endUser = opened.endUser();
      m.openedAt = event.time();
    }
  }

  /** The ids among {@code ids} of matters whose resolution is stored. */
  public static List<String> resolvedAmong(Collection<String> ids) {
    return getEntityManager()
        .createQuery(
            "select m.id from MatterRecord m where m.id in ?1 and m.state = ?2", String.class)
        .setParameter(1, ids)
        .setParameter(2, RESOLVED)
        .getResultList();
  }

  /** The parties a matter is of: its client and its end user, as far as they are known. */
  public List<String> parties() {
    return java.util.stream.Stream.of(client, endUser)
        .filter(java.util.Objects::nonNull)
        .distinct()
        .toList();
  }

  /**
   * The matters whose client or end user {@code partyId} is that were open at {@code time}, by the
   * event times of their opening and resolution: opened by then, and not resolved by then.
   */
  public static List<MatterRecord> openOf(String partyId, Instant time) {
    return list(
        "(client = ?1 or endUser = ?1) and (openedAt is null or openedAt <= ?2)"
            + " and (resolvedAt is null or resolvedAt > ?2)",
        partyId,
        time);
  }
}
