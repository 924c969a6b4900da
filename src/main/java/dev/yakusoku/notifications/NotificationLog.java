package dev.yakusoku.notifications;

import dev.yakusoku.access.AlertScope;
import dev.yakusoku.alerts.AlertService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** Who was told of an alert, oldest first; an alert outside the scope has no log to show. */
@ApplicationScoped
public class NotificationLog {
  private final AlertService alerts;

  public NotificationLog(AlertService alerts) {
    this.alerts = alerts;
  }

  @Transactional
  public Optional<List<NotificationView>> of(String alertId, AlertScope scope) {
    return alerts
        .get(alertId, scope)
        .map(
            alert -> {
              ZoneId zone = ZoneId.of(alert.teamZone());
              return Notification.ofAlert(alertId).stream().map(n -> view(n, zone)).toList();
            });
  }

  private static NotificationView view(Notification n, ZoneId zone) {
    Instant at = n.sentAt != null ? n.sentAt : n.createdAt;
    return new NotificationView(
        n.receiverId,
        n.kind,
        n.event,
        n.recipient,
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(zone)),
        n.status,
        n.attempts,
        n.error);
  }
}
