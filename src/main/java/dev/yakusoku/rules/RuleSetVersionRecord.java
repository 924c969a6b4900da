package dev.yakusoku.rules;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One time a rule set went live: which, when, how, and its files (JSON). */
@Entity
@Table(name = "rule_set_version")
public class RuleSetVersionRecord extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String version;

  @Column(name = "content_hash")
  public String contentHash;

  @Column(name = "loaded_at")
  public Instant loadedAt;

  @Column(name = "loaded_by")
  public String loadedBy;

  public String files;

  public static List<RuleSetVersionRecord> newestFirst() {
    return find("order by id desc").list();
  }

  public static Optional<RuleSetVersionRecord> latest() {
    return find("order by id desc").firstResultOptional();
  }

  public static Optional<RuleSetVersionRecord> latestOf(String version) {
    return find("version = ?1 order by id desc", version).firstResultOptional();
  }
}
