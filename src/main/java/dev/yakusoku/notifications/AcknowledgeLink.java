package dev.yakusoku.notifications;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An acknowledge link as stored: known by its token's digest, never by the token itself. */
@Entity
@Table(name = "acknowledge_link")
public class AcknowledgeLink extends PanacheEntityBase {
  @Id
  @Column(name = "token_sha256")
  public String tokenSha256;

  @Column(name = "alert_id")
  public String alertId;

  /** Whom the message went to: the link acknowledges as them. */
  public String manager;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "expires_at")
  public Instant expiresAt;

  @Column(name = "used_at")
  public Instant usedAt;

  /** Marks the link used if it is still good at {@code now}; answers whether this call did. */
  static boolean use(String tokenSha256, Instant now) {
    return update(
            "usedAt = ?1 where tokenSha256 = ?2 and usedAt is null and expiresAt > ?1",
            now,
            tokenSha256)
        == 1;
  }
}
