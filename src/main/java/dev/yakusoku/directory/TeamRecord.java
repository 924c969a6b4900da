package dev.yakusoku.directory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A team as stored. */
@Entity
@Table(name = "team")
public class TeamRecord extends PanacheEntityBase {
  @Id public String id;
  public String name;
  public String manager;

  /** The team above this one on the escalation ladder; null at the top. */
  public String parent;

  /** The IANA zone the team's alerts are shown in; null for the business calendar's. */
  public String zone;
}
