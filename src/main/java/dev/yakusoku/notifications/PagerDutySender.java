package dev.yakusoku.notifications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yakusoku.alerts.AlertEvent;
import dev.yakusoku.alerts.AlertView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code pagerduty}: PagerDuty's Events API v2. A raised alert, or one that occurred again, is a
 * {@code trigger} with the alert's {@code dedupKey} as {@code dedup_key}; its acknowledgement and
 * resolution are mirrored as {@code acknowledge} and {@code resolve} on the same key. Posts stay
 * under PagerDuty's rate per routing key: a notification beyond it waits for the next minute.
 */
@ApplicationScoped
class PagerDutySender implements Sender {
  /** PagerDuty's bound on {@code payload.summary}. */
  static final int MOST_SUMMARY = 1024;

  private final HttpPost post;
  private final ObjectMapper json;
  private final AlertLinks links;
  private final NotificationsConfig config;
  private final Clock wallClock;
  private final PerMinuteLimit rate;

  PagerDutySender(
      HttpPost post,
      ObjectMapper json,
      AlertLinks links,
      NotificationsConfig config,
      Clock wallClock) {
    this.post = post;
    this.json = json;
    this.links = links;
    this.config = config;
    this.wallClock = wallClock;
    this.rate = new PerMinuteLimit(config.pagerdutyEventsPerMinute());
  }

  @Override
  public String kind() {
    return "pagerduty";
  }

  @Override
  public boolean tells(AlertEvent event) {
    return action(event) != null;
  }

  @Override
  public Optional<Instant> notBefore(Delivery d, Instant now) {
    return rate.notBefore(d.receiver().routingKey(), now);
  }

  @Override
  public String send(Delivery d) throws DeliveryFailedException {
    String url = d.receiver().url() != null ? d.receiver().url() : config.pagerdutyUrl();
    rate.sent(d.receiver().routingKey(), wallClock.instant());
    return post.json(url, body(d), Map.of());
  }

  /** The Events API v2 action of a change, or null for a change PagerDuty has no notion of. */
  static String action(AlertEvent event) {
    return switch (event) {
      case RAISED, OCCURRED_AGAIN -> "trigger";
      case ACKNOWLEDGED -> "acknowledge";
      case RESOLVED -> "resolve";
      case ESCALATED, SNOOZE_ENDED -> null;
    };
  }

  private String body(Delivery d) {
    AlertView a = d.alert();
    String action = action(AlertEvent.ofWire(d.event()));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("routing_key", d.receiver().routingKey());
    body.put("event_action", action);
    body.put("dedup_key", a.dedupKey());
    if ("trigger".equals(action)) {
      body.put("payload", payload(a));
      body.put(
          "links", List.of(Map.of("href", links.toAlert(a.id()), "text", "The alert's story")));
      body.put("client", "Yakusoku");
      body.put("client_url", links.toAlert(a.id()));
    }
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a PagerDuty event always writes as JSON", e);
    }
  }

  private static Map<String, Object> payload(AlertView a) {
    Map<String, Object> payload = new LinkedHashMap<>();
    String summary = a.summary() == null ? a.type() : a.summary();
    payload.put(
        "summary", summary.length() > MOST_SUMMARY ? summary.substring(0, MOST_SUMMARY) : summary);
    payload.put("source", "yakusoku/" + a.team());
    payload.put("severity", "critical".equals(a.severity()) ? "critical" : "warning");
    payload.put("timestamp", a.firstRaisedAt());
    if (a.matterId() != null) {
      payload.put("component", a.matterId());
    }
    payload.put("group", a.team());
    payload.put("class", a.type());
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("alert", a.id());
    details.put("manager", a.manager());
    details.put("occurrences", a.occurrences());
    details.put("state", a.state());
    details.put("evidence", a.evidence());
    payload.put("custom_details", details);
    return payload;
  }
}
