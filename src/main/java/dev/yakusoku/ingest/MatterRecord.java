package dev.yakusoku.ingest;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

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

  /** Records what an event says of its matter's state; a resolved matter stays resolved. */
  public static void note(String matterId, String eventType, Instant at) {
    boolean resolves = "matter.resolved".equals(eventType);
    MatterRecord m = findById(matterId);
    if (m == null) {
      m = new MatterRecord();
      m.id = matterId;
      m.state = resolves ? RESOLVED : OPEN;
      m.updatedAt = at;
      m.persist();
    } else if (resolves && !RESOLVED.equals(m.state)) {
      m.state = RESOLVED;
      m.updatedAt = at;
    }
  }
}
