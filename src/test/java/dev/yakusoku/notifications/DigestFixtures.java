package dev.yakusoku.notifications;

import dev.yakusoku.alerts.Alert;
import dev.yakusoku.alerts.AlertState;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Alerts for a digest to tell of, stored as the service stores them, at the times a test needs:
 * none goes through the outbox, so no notification but the digest is written of them.
 */
final class DigestFixtures {
  private DigestFixtures() {}

  /** An open alert of {@code team}, first (and last) raised at {@code raisedAt}. */
  static Alert alert(
      String id, String team, String type, String severity, String summary, String raisedAt) {
    Alert a = new Alert();
    a.id = id;
    a.type = type;
    a.severity = severity;
    a.matterId = "M-" + id;
    a.team = team;
    a.manager = "s-ikumi";
    a.summary = summary;
    a.dedupKey = type + ":" + id;
    a.occurrences = 1;
    a.firstRaisedAt = OffsetDateTime.parse(raisedAt).toInstant();
    a.lastRaisedAt = a.firstRaisedAt;
    a.waitingSince = a.firstRaisedAt;
    a.createdAt = a.firstRaisedAt;
    a.state = AlertState.OPEN;
    a.rule = "a rule";
    a.ruleSet = "v1";
    return a;
  }

  /** {@code a}, resolved by {@code by} at {@code at}. */
  static Alert resolved(Alert a, String by, String at) {
    a.resolve(by, "done", OffsetDateTime.parse(at).toInstant());
    return a;
  }

  static void store(Alert... alerts) {
    QuarkusTransaction.requiringNew().run(() -> List.of(alerts).forEach(a -> a.persist()));
  }

  /** The digests written, oldest first. */
  static List<Notification> digests() {
    return QuarkusTransaction.requiringNew()
        .call(() -> Notification.<Notification>list("event = ?1 order by id", Notification.DIGEST));
  }
}
