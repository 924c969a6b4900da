package dev.yakusoku.notifications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yakusoku.alerts.AlertChange;
import dev.yakusoku.alerts.AlertChangeOutbox;
import dev.yakusoku.calendar.BusinessCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a notification for each receiver an alert change concerns, in the change's transaction:
 * receivers of the team now holding the alert, of its severity, and of its type when they name
 * types, if their kind tells of such a change. For a receiver of working hours only, a warning
 * waits for the holding team's next business hour (the business calendar on the team's wall clock);
 * a critical goes at once. A change already written (a change judged again) is not written twice.
 */
@ApplicationScoped
public class NotificationOutbox implements AlertChangeOutbox {
  private static final String CRITICAL = "critical";

  private final ObjectMapper json;
  private final Clock wallClock;
  private final Map<String, Sender> senders;
  private final BusinessCalendar calendar;

  public NotificationOutbox(
      ObjectMapper json, Clock wallClock, Instance<Sender> senders, BusinessCalendar calendar) {
    this.json = json;
    this.wallClock = wallClock;
    this.calendar = calendar;
    this.senders = senders.stream().collect(Collectors.toMap(Sender::kind, Function.identity()));
  }

  @Override
  public void record(List<AlertChange> changes) {
    List<ReceiverRecord> receivers = ReceiverRecord.listAll();
    if (receivers.isEmpty()) {
      return;
    }
    Set<String> written =
        Notification.writtenFor(changes.stream().map(c -> c.alert().id()).distinct().toList());
    Instant now = wallClock.instant();
    for (AlertChange change : changes) {
      if (written.contains(change.alert().id() + "/" + change.version())) {
        continue;
      }
      for (ReceiverRecord receiver : receivers) {
        if (concerns(receiver, change)) {
          write(change, receiver, now);
        }
      }
    }
  }

  private boolean concerns(ReceiverRecord receiver, AlertChange change) {
    Sender sender = senders.get(receiver.kind);
    return (sender == null || sender.tells(change.event()))
        && receiver.teams.contains(change.holdingTeam())
        && receiver.severities.contains(change.alert().severity())
        && (receiver.types.isEmpty() || receiver.types.contains(change.alert().type()));
  }

  private void write(AlertChange change, ReceiverRecord receiver, Instant now) {
    Notification n = new Notification();
    n.alertId = change.alert().id();
    n.alertVersion = change.version();
    n.receiverId = receiver.id;
    n.kind = receiver.kind;
    n.event = change.event().wire();
    n.alert = asJson(change);
    n.createdAt = now;
    n.status = Notification.HELD;
    n.nextAttemptAt = now;
    if (receiver.workingHoursOnly && !CRITICAL.equals(change.alert().severity())) {
      ZoneId zone = ZoneId.of(change.alert().teamZone());
      n.nextAttemptAt = calendar.inZone(zone).nextBusinessTime(now);
      if (n.nextAttemptAt.isAfter(now)) {
        n.error =
            "held until "
                + n.nextAttemptAt.atZone(zone).toOffsetDateTime()
                + ", the start of "
                + change.holdingTeam()
                + "'s business hours";
      }
    }
    n.persist();
  }

  private String asJson(AlertChange change) {
    try {
      return json.writeValueAsString(change.alert());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an alert always writes as JSON", e);
    }
  }
}
