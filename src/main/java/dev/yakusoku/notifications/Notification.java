package dev.yakusoku.notifications;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One alert change to tell one receiver, written with the change, or one team's daily digest for
 * one receiver ({@code event} {@value #DIGEST}, with {@code digestTeam} and {@code digestDay} in
 * place of an alert), written once at the start of the team's business day; then delivered. {@code
 * held} until a first attempt succeeds, {@code failed} after an attempt failed (it is tried again
 * at {@code nextAttemptAt}), {@code sent} once the receiving side took it.
 */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {
  static final String HELD = "held";
  static final String FAILED = "failed";
  static final String SENT = "sent";

  /** The event of a daily digest. */
  static final String DIGEST = "digest";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
  @SequenceGenerator(
      name = "notification_seq",
      sequenceName = "notification_seq",
      allocationSize = 50)
  public Long id;

  @Column(name = "alert_id")
  public String alertId;

  @Column(name = "alert_version")
  public Long alertVersion;

  @Column(name = "receiver_id")
  public String receiverId;

  public String kind;
  public String event;

  /** The alert as it read at the change, or the digest, as JSON. */
  public String alert;

  /** The team a digest tells of; null for an alert change. */
  @Column(name = "digest_team")
  public String digestTeam;

  /** The business day, in the team's zone, a digest is of; null for an alert change. */
  @Column(name = "digest_day")
  public LocalDate digestDay;

  @Column(name = "created_at")
  public Instant createdAt;

  public String status;
  public int attempts;
  public String error;

  /** Where it went: the addresses written to, or the host posted to. */
  public String recipient;

  @Column(name = "sent_at")
  public Instant sentAt;

  @Column(name = "next_attempt_at")
  public Instant nextAttemptAt;

  /** The changes among {@code alertIds} already written, as {@code <alert id>/<version>}. */
  static Set<String> writtenFor(Collection<String> alertIds) {
    return find("alertId in ?1", alertIds).<Notification>stream()
        .map(n -> n.alertId + "/" + n.alertVersion)
        .collect(Collectors.toSet());
  }

  /** Undelivered rows due by {@code now}, oldest first, locked against other replicas' relays. */
  static List<Notification> dueBy(Instant now, int limit) {
    return find("status <> ?1 and nextAttemptAt <= ?2 order by id", SENT, now)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .page(0, limit)
        .list();
  }

  /** Whether {@code receiverId}'s digest of {@code team}'s {@code day} is written. */
  static boolean digestWritten(String receiverId, String team, LocalDate day) {
    return count("receiverId = ?1 and digestTeam = ?2 and digestDay = ?3", receiverId, team, day)
        > 0;
  }

  static List<Notification> ofAlert(String alertId) {
    return list("alertId = ?1 order by id", alertId);
  }
}
