package dev.yakusoku.notifications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yakusoku.alerts.Alert;
import dev.yakusoku.alerts.AlertState;
import dev.yakusoku.alerts.AlertView;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Delivers the notifications the outbox and the daily digest wrote: claims those due in one short
 * transaction (so another replica's relay passes them by), sends each outside any transaction, and
 * records how it went. A failed attempt is tried again after a rest that doubles up to {@code
 * retry-max}; a relay that dies mid-delivery leaves its claims to the next pass once the lease
 * ends.
 */
@ApplicationScoped
public class NotificationRelay {
  private static final Logger LOG = Logger.getLogger(NotificationRelay.class);
  private static final int MOST_ERROR = 2000;

  private final Map<String, Sender> senders;
  private final NotificationsConfig config;
  private final Clock wallClock;
  private final ObjectMapper json;
  private final RetryRest rest;

  public NotificationRelay(
      Instance<Sender> senders, NotificationsConfig config, Clock wallClock, ObjectMapper json) {
    this.senders = senders.stream().collect(Collectors.toMap(Sender::kind, Function.identity()));
    this.config = config;
    this.wallClock = wallClock;
    this.json = json;
    this.rest = new RetryRest(config.retryMin(), config.retryMax());
  }

  @Scheduled(
      every = "${yakusoku.notifications.deliver-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void onSchedule() {
    deliverDue();
  }

  /** Delivers every notification due now; answers how many the receiving sides took. */
  public int deliverDue() {
    long claimedAt = System.nanoTime();
    List<Delivery> claimed = QuarkusTransaction.requiringNew().call(this::claim);
    // a send may take up to the timeout: one begun later could outlast the lease, and another
    // replica's pass take the row meanwhile and send it too
    long lastStart = claimedAt + config.lease().minus(config.timeout()).toNanos();
    int sent = 0;
    for (int i = 0; i < claimed.size(); i++) {
      Delivery d = claimed.get(i);
      // the first is always tried, so a lease set shorter than the timeout still moves on
      if (i > 0 && System.nanoTime() - lastStart > 0) {
        List<Long> rest = claimed.subList(i, claimed.size()).stream().map(Delivery::id).toList();
        QuarkusTransaction.requiringNew().run(() -> handBack(rest));
        LOG.debugf("a pass handed back %d notifications before its lease ran out", rest.size());
        break;
      }
      Sender sender = senders.get(d.receiver().kind());
      Optional<Instant> notBefore = sender.notBefore(d, wallClock.instant());
      if (notBefore.isPresent()) {
        QuarkusTransaction.requiringNew().run(() -> recordHeldBack(d.id(), notBefore.get()));
        continue;
      }
      try {
        String recipient = d.isDigest() ? sender.sendDigest(d) : sender.send(d);
        QuarkusTransaction.requiringNew().run(() -> recordSent(d.id(), recipient));
        sent++;
      } catch (DeliveryFailedException e) {
        LOG.warnf("notification %d to %s failed: %s", d.id(), d.receiver().id(), e.getMessage());
        QuarkusTransaction.requiringNew().run(() -> recordFailed(d.id(), e.getMessage()));
      }
    }
    return sent;
  }

  private List<Delivery> claim() {
    Instant now = wallClock.instant();
    List<Notification> due = Notification.dueBy(now, config.batchSize());
    Map<String, ReceiverRecord> receivers =
        ReceiverRecord.<ReceiverRecord>listAll().stream()
            .collect(Collectors.toMap(r -> r.id, Function.identity()));
    Set<String> attended = attendedAmong(due);
    List<Delivery> claimed = new ArrayList<>();
    for (Notification n : due) {
      ReceiverRecord receiver = receivers.get(n.receiverId);
      if (Delivery.ASKS_FOR_ATTENTION.contains(n.event) && attended.contains(n.alertId)) {
        n.error = "not sent: the alert was acknowledged or resolved before it could go";
        n.nextAttemptAt = null;
      } else if (receiver == null) {
        n.status = Notification.FAILED;
        n.error = "the receiver " + n.receiverId + " was removed";
        n.nextAttemptAt = null;
      } else if (!senders.containsKey(receiver.kind)) {
        n.error = "this version does not deliver to " + receiver.kind + " receivers yet";
        n.nextAttemptAt = now.plus(config.retryMax());
      } else if (n.digestDay != null && !takesDigests(receiver)) {
        n.status = Notification.FAILED;
        n.error = "not sent: the receiver " + n.receiverId + " takes no digest now";
        n.nextAttemptAt = null;
      } else {
        n.attempts++;
        n.nextAttemptAt = now.plus(config.lease());
        claimed.add(
            n.digestDay != null
                ? new Delivery(n.id, n.event, null, digestOf(n), receiver.body())
                : new Delivery(n.id, n.event, alertOf(n), null, receiver.body()));
      }
    }
    return claimed;
  }

  /** The alerts among those of {@code due} a manager acknowledged or resolved meanwhile. */
  private static Set<String> attendedAmong(List<Notification> due) {
    List<String> ids =
        due.stream().map(n -> n.alertId).filter(Objects::nonNull).distinct().toList();
    if (ids.isEmpty()) {
      return Set.of();
    }
    return Alert.<Alert>list("id in ?1", ids).stream()
        .filter(a -> a.isResolved() || AlertState.ACKNOWLEDGED.equals(a.state))
        .map(a -> a.id)
        .collect(Collectors.toSet());
  }

  private void recordSent(long id, String recipient) {
    Notification n = Notification.findById(id);
    n.status = Notification.SENT;
    n.sentAt = wallClock.instant();
    n.recipient = recipient;
    n.error = null;
    n.nextAttemptAt = null;
  }

  /** Not tried, because this pass's lease would run out first: due again now, uncounted. */
  private void handBack(List<Long> ids) {
    Instant now = wallClock.instant();
    for (Long id : ids) {
      Notification n = Notification.findById(id);
      n.attempts--;
      n.nextAttemptAt = now;
    }
  }

  /** Not sent, because the receiving side takes no more yet: the claim's attempt does not count. */
  private void recordHeldBack(long id, Instant until) {
    Notification n = Notification.findById(id);
    n.attempts--;
    n.error = "held back until " + until + ": the receiving side's rate limit";
    n.nextAttemptAt = until;
  }

  private void recordFailed(long id, String error) {
    Notification n = Notification.findById(id);
    n.status = Notification.FAILED;
    n.error = error.length() > MOST_ERROR ? error.substring(0, MOST_ERROR) : error;
    n.nextAttemptAt = wallClock.instant().plus(rest.after(n.attempts));
  }

  /** Whether a digest written for {@code receiver} may go: it still asks for one, of its kind. */
  private boolean takesDigests(ReceiverRecord receiver) {
    return receiver.digest && senders.get(receiver.kind).sendsDigests();
  }

  private Digest digestOf(Notification n) {
    try {
      return json.readValue(n.alert, Digest.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("notification " + n.id + " holds an unreadable digest", e);
    }
  }

  private AlertView alertOf(Notification n) {
    try {
      return json.readValue(n.alert, AlertView.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("notification " + n.id + " holds an unreadable alert", e);
    }
  }
}
