package dev.yakusoku.alerts;

import dev.yakusoku.Channels;
import dev.yakusoku.security.AlertScope;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Moves alerts along their channels: engine signals into the store, and every stored change out to
 * the live stream's subscribers, each of whom sees only the alerts of their scope.
 */
@ApplicationScoped
public class AlertFeed {
  private final AlertService alerts;
  private final AlertChanges changes;
  private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
  private volatile Sse sse;

  public AlertFeed(AlertService alerts, AlertChanges changes) {
    this.alerts = alerts;
    this.changes = changes;
  }

  @Incoming(Channels.ALERT_SIGNALS)
  @Blocking(ordered = true) // stores through Hibernate ORM, in signal order
  public void onSignal(AlertSignal signal) {
    alerts.apply(signal).forEach(this::publish);
  }

  /**
   * Judges snoozes and the escalation ladder at the live engine's time, and announces each change:
   * a woken alert is sent again as {@code open}, an escalated one with its new manager.
   */
  public void onEngineTime(Instant engineNow) {
    alerts.judgeDeadlines(engineNow).forEach(this::publish);
  }

  /** Announces a stored change (also managers' acknowledgements) to every replica's stream. */
  public void publish(AlertView alert) {
    changes.publish(alert);
  }

  /** Sends a change, heard from any replica, to each subscriber whose scope covers its team. */
  public void onChange(AlertView alert) {
    if (sse == null) {
      return;
    }
    OutboundSseEvent event = event(alert);
    for (Subscriber subscriber : subscribers) {
      if (subscriber.sink().isClosed()) {
        subscribers.remove(subscriber);
      } else if (subscriber.scope().covers(alert.team())) {
        subscriber
            .sink()
            .send(event)
            .exceptionally(
                gone -> {
                  subscribers.remove(subscriber);
                  return null;
                });
      }
    }
  }

  /** Streams to {@code sink} every later change to an alert that {@code scope} covers. */
  void subscribe(Sse sse, SseEventSink sink, AlertScope scope) {
    this.sse = sse;
    subscribers.add(new Subscriber(sink, scope));
  }

  private record Subscriber(SseEventSink sink, AlertScope scope) {}

  private OutboundSseEvent event(AlertView alert) {
    return sse.newEventBuilder()
        .name("alert")
        .id(alert.id())
        .mediaType(MediaType.APPLICATION_JSON_TYPE)
        .data(AlertView.class, alert)
        .build();
  }
}
