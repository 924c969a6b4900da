package dev.yakusoku.alerts;

import dev.yakusoku.access.AlertScope;
import dev.yakusoku.config.Channels;
import dev.yakusoku.problems.Failures;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Moves alerts along their channels: engine judgements into the store, and every stored change out
 * to the live stream's subscribers, each of whom sees only the alerts of their scope.
 *
 * <p>A judgement the store cannot take is not allowed to stop the ones behind it: while the
 * database is out of reach it is tried again, with a growing pause, for as long as that lasts;
 * refused for what it holds (a value the database will not keep), the event it stems from is
 * quarantined, so its matter is judged without it, and the store goes on.
 */
@ApplicationScoped
public class AlertFeed {
  private static final Logger LOG = Logger.getLogger(AlertFeed.class);
  private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

  private final AlertService alerts;
  private final AlertChanges changes;
  private final Event<RefusedJudgement> refusals;
  private final AlertBacklog backlog;
  private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
  private final Counter refused;
  private volatile Sse sse;

  public AlertFeed(
      AlertService alerts,
      AlertChanges changes,
      Event<RefusedJudgement> refusals,
      AlertBacklog backlog,
      MeterRegistry metrics) {
    this.backlog = backlog;
    this.alerts = alerts;
    this.changes = changes;
    this.refusals = refusals;
    this.refused = metrics.counter("yakusoku.alerts.refused");
  }

  /**
   * Stores what the engines judged in one step in one transaction, and publishes the changes once
   * it committed. Should the store refuse the step, each judgement is stored on its own, so one the
   * store cannot take is set aside and the others are kept.
   */
  @Incoming(Channels.ALERT_SIGNALS)
  @Blocking(ordered = true) // stores through Hibernate ORM, in judgement order
  public void onJudgements(AlertJudgements step) {
    List<AlertJudgement> judgements = step.judgements();
    try {
      if (judgements.size() == 1) {
        storeAndPublish(judgements.get(0));
        return;
      }
      List<AlertView> changed;
      try {
        changed = alerts.applyAll(judgements);
      } catch (RuntimeException e) {
        LOG.debugf("storing %d judgements together failed (%s); one by one", judgements.size(), e);
        judgements.forEach(this::storeAndPublish);
        return;
      }
      changed.forEach(this::publish);
    } finally {
      backlog.stored(judgements.size());
    }
  }

  private void storeAndPublish(AlertJudgement judgement) {
    for (int attempt = 1; ; attempt++) {
      try {
        store(judgement).forEach(this::publish);
        return;
      } catch (RuntimeException e) {
        if (!StoreFailures.outOfReach(e)) {
          refused.increment();
          LOG.errorf("the alert store refused %s: %s", named(judgement), Failures.describe(e));
          refusals.fire(new RefusedJudgement(judgement, e));
          return;
        }
        Duration pause = StoreFailures.pause(attempt, LONGEST_PAUSE);
        LOG.warnf(
            "the alert store is out of reach (%s); trying again in %s",
            Failures.describe(e), pause);
        try {
          Thread.sleep(pause.toMillis());
        } catch (InterruptedException stopping) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private static String named(AlertJudgement judgement) {
    return judgement instanceof AlertSignal s
        ? s.kind().name().toLowerCase() + " " + s.dedupKey() + "@" + s.raisedAt()
        : "the alerts of " + ((Rejudgement) judgement).matters() + " judged again";
  }

  private List<AlertView> store(AlertJudgement judgement) {
    return judgement instanceof Rejudgement r
        ? alerts.apply(r)
        : alerts.apply((AlertSignal) judgement);
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
