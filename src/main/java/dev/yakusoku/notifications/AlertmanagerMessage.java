package dev.yakusoku.notifications;

import dev.yakusoku.alerts.AlertEvent;
import dev.yakusoku.alerts.AlertView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * One alert change as Alertmanager's webhook posts a group's notification (version {@code "4"}): a
 * group of this one alert, {@code firing} until it is resolved. Its labels name it as Alertmanager
 * names alerts, by what stays the same: {@code alertname} (the type), {@code severity}, {@code
 * team}, {@code matter} when it has one and {@code dedup_key}; they are the group's and its labels
 * in common too. What a person reads is in the annotations: {@code summary}, {@code description}
 * (the change in words), {@code link} to its story, {@code alert}, {@code manager} and {@code
 * state}. {@code fingerprint} is the first 16 hex digits of the SHA-256 of the dedup key, the same
 * for every notification of the alert, as is {@code groupKey}. Label maps are written in key order,
 * as Alertmanager writes them.
 */
final class AlertmanagerMessage {
  static final String VERSION = "4";
  static final String FIRING = "firing";
  static final String RESOLVED = "resolved";

  /** Alertmanager's {@code endsAt} for an alert not known to end: Go's zero time. */
  static final String NOT_ENDED = "0001-01-01T00:00:00Z";

  private AlertmanagerMessage() {}

  /**
   * The webhook's JSON body, as a tree Jackson writes, for the receiver {@code receiver}; {@code
   * link} is the alert's on the page at {@code page}.
   */
  static Map<String, Object> of(
      String event,
      AlertView a,
      StoryExcerpts.Excerpt story,
      String link,
      String page,
      String receiver) {
    boolean resolved = AlertEvent.RESOLVED.wire().equals(event);
    String status = resolved ? RESOLVED : FIRING;
    Map<String, String> labels = labels(a);
    Map<String, String> groupLabels = new TreeMap<>();
    groupLabels.put("alertname", labels.get("alertname"));
    groupLabels.put("dedup_key", labels.get("dedup_key"));
    groupLabels.put("team", labels.get("team"));
    Map<String, String> annotations = new TreeMap<>();
    annotations.put("summary", a.summary() == null ? a.type() : a.summary());
    annotations.put(
        "description",
        a.type()
            + " "
            + AlertEmail.changed(event, a, story)
            + (story.matterTitle() == null ? "" : " on " + story.matterTitle()));
    annotations.put("link", link);
    annotations.put("alert", a.id());
    if (a.manager() != null) {
      annotations.put("manager", a.manager());
    }
    annotations.put("state", a.state());

    Map<String, Object> alert = new LinkedHashMap<>();
    alert.put("status", status);
    alert.put("labels", labels);
    alert.put("annotations", annotations);
    alert.put("startsAt", a.firstRaisedAt());
    alert.put("endsAt", resolved ? endOf(a) : NOT_ENDED);
    alert.put("generatorURL", link);
    alert.put("fingerprint", fingerprint(labels.get("dedup_key")));

    Map<String, Object> body = new LinkedHashMap<>();
    body.put("receiver", receiver);
    body.put("status", status);
    body.put("alerts", List.of(alert));
    body.put("groupLabels", groupLabels);
    body.put("commonLabels", labels);
    body.put("commonAnnotations", annotations);
    body.put("externalURL", page);
    body.put("version", VERSION);
    body.put("groupKey", groupKey(groupLabels));
    body.put("truncatedAlerts", 0);
    return body;
  }

  private static Map<String, String> labels(AlertView a) {
    Map<String, String> labels = new TreeMap<>();
    labels.put("alertname", a.type());
    labels.put("severity", a.severity());
    labels.put("team", a.team());
    if (a.matterId() != null) {
      labels.put("matter", a.matterId());
    }
    labels.put("dedup_key", a.dedupKey() == null ? a.id() : a.dedupKey());
    return labels;
  }

  /** When a resolved alert ended: its resolution, or its last occurrence if that is not known. */
  private static String endOf(AlertView a) {
    return a.resolvedAt() != null ? a.resolvedAt() : a.lastRaisedAt();
  }

  /** The alert's identity across notifications: 16 hex digits, as Alertmanager writes one. */
  static String fingerprint(String dedupKey) {
    return DigestUtils.sha256Hex(dedupKey).substring(0, 16);
  }

  /**
   * The group's key as Alertmanager writes it: the (root) route's matchers, {@code {}}, and the
   * group's labels in key order, each value quoted.
   */
  static String groupKey(Map<String, String> groupLabels) {
    StringBuilder key = new StringBuilder("{}:{");
    groupLabels.forEach(
        (name, value) ->
            key.append(key.length() > 4 ? ", " : "")
                .append(name)
                .append('=')
                .append(quoted(value)));
    return key.append('}').toString();
  }

  private static String quoted(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
