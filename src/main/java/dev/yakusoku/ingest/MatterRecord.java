package dev.yakusoku.ingest;

import dev.yakusoku.engine.EngineEvent;
import dev.yakusoku.engine.EventTypes;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

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

  /**
   * Records what an event says of its matter: its state (a resolved matter stays resolved) and,
   * from {@code matter.opened}, its client and end user.
   */
  public static void note(EngineEvent event) {
    boolean resolves = EventTypes.MATTER_RESOLVED.equals(event.type());
    MatterRecord m = findById(event.subject());
    if (m == null) {
      m = new MatterRecord();
      m.id = event.subject();
      m.state = resolves ? RESOLVED : OPEN;
      m.updatedAt = event.time();
      m.persist();
    } else if (resolves && !RESOLVED.equals(m.state)) {
      m.state = RESOLVED;
      m.updatedAt = event.time();
    }
    if (EventTypes.MATTER_OPENED.equals(event.type())) {
      m.client = event.text("client");
      m.endUser = event.text("endUser");
    }
  }

  /** The open matters whose client or end user {@code partyId} is. */
  public static List<MatterRecord> openOf(String partyId) {
    return list("state = ?1 and (client = ?2 or endUser = ?2)", OPEN, partyId);
  }
}
