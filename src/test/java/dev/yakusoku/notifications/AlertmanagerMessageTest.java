package dev.yakusoku.notifications;

import static dev.yakusoku.notifications.MessageFixtures.LINK;
import static dev.yakusoku.notifications.MessageFixtures.STORY;
import static dev.yakusoku.notifications.MessageFixtures.alert;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yakusoku.alerts.AlertEvent;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;

/** Alertmanager's webhook payload, version 4, field by field; and which changes it tells of. */
class AlertmanagerMessageTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PAGE = "http://page.example/";

  @Test
  void aRaisedAlertIsAFiringGroupOfOneAlert() {
    JsonNode m = message("raised", alert("Callback promised"));

    assertThat(fieldNames(m))
        .containsExactly(
            "receiver",
            "status",
            "alerts",
            "groupLabels",
            "commonLabels",
            "commonAnnotations",
            "externalURL",
            "version",
            "groupKey",
            "truncatedAlerts");
    assertThat(m.get("version").asText()).isEqualTo("4");
    assertThat(m.get("receiver").asText()).isEqualTo("ops-am");
    assertThat(m.get("status").asText()).isEqualTo("firing");
    assertThat(m.get("externalURL").asText()).isEqualTo(PAGE);
    assertThat(m.get("truncatedAlerts").isInt()).isTrue();
    assertThat(m.get("truncatedAlerts").asInt()).isZero();
    assertThat(m.get("groupKey").asText())
        .isEqualTo(
            "{}:{alertname=\"DUPLICATE_ESCALATION\", dedup_key=\"DUPLICATE_ESCALATION:M-1\","
                + " team=\"t-ops\"}");
    assertThat(JSON.convertValue(m.get("groupLabels"), Map.class))
        .containsExactly(
            Map.entry("alertname", "DUPLICATE_ESCALATION"),
            Map.entry("dedup_key", "DUPLICATE_ESCALATION:M-1"),
            Map.entry("team", "t-ops"));

    assertThat(m.get("alerts")).hasSize(1);
    JsonNode alert = m.get("alerts").get(0);
    assertThat(fieldNames(alert))
        .containsExactly(
            "status", "labels", "annotations", "startsAt", "endsAt", "generatorURL", "fingerprint");
    assertThat(alert.get("status").asText()).isEqualTo("firing");
    assertThat(JSON.convertValue(alert.get("labels"), Map.class))
        .containsExactly(
            Map.entry("alertname", "DUPLICATE_ESCALATION"),
            Map.entry("dedup_key", "DUPLICATE_ESCALATION:M-1"),
            Map.entry("matter", "M-1"),
            Map.entry("severity", "warning"),
            Map.entry("team", "t-ops"));
    assertThat(JSON.convertValue(alert.get("annotations"), Map.class))
        .containsExactly(
            Map.entry("alert", "a/1"),
            Map.entry("description", "DUPLICATE_ESCALATION raised on 見積り <急ぎ> & \"確認\""),
            Map.entry("link", LINK),
            Map.entry("manager", "s-boss"),
            Map.entry("state", "open"),
            Map.entry("summary", "Callback promised"));
    assertThat(alert.get("startsAt").asText()).isEqualTo("2026-11-26T10:12:00+09:00");
    assertThat(alert.get("endsAt").asText()).isEqualTo("0001-01-01T00:00:00Z");
    assertThat(alert.get("generatorURL").asText()).isEqualTo(LINK);
    assertThat(alert.get("fingerprint").asText())
        .isEqualTo(DigestUtils.sha256Hex("DUPLICATE_ESCALATION:M-1").substring(0, 16))
        .matches("[0-9a-f]{16}");
    assertThat(m.get("commonLabels")).isEqualTo(alert.get("labels"));
    assertThat(m.get("commonAnnotations")).isEqualTo(alert.get("annotations"));
  }

  @Test
  void itsResolutionIsResolvedEndingThenWithTheSameFingerprintAndGroupKey() {
    JsonNode firing = message("raised", alert("s"));
    JsonNode resolved = message("resolved", alert("s", "resolved", "2026-11-26T11:30:00+09:00"));

    assertThat(resolved.get("status").asText()).isEqualTo("resolved");
    JsonNode alert = resolved.get("alerts").get(0);
    assertThat(alert.get("status").asText()).isEqualTo("resolved");
    assertThat(alert.get("endsAt").asText()).isEqualTo("2026-11-26T11:30:00+09:00");
    assertThat(alert.get("annotations").get("description").asText())
        .isEqualTo(
            "DUPLICATE_ESCALATION resolved by s-ikumi (佐藤 いくみ): called back on 見積り <急ぎ> & \"確認\"");
    assertThat(alert.get("fingerprint")).isEqualTo(firing.get("alerts").get(0).get("fingerprint"));
    assertThat(resolved.get("groupKey")).isEqualTo(firing.get("groupKey"));
    for (String event : new String[] {"occurred-again", "escalated", "snooze-ended"}) {
      JsonNode again = message(event, alert("s"));
      assertThat(again.get("status").asText()).as(event).isEqualTo("firing");
      assertThat(again.get("alerts").get(0).get("endsAt").asText())
          .isEqualTo(AlertmanagerMessage.NOT_ENDED);
    }
  }

  @Test
  void theGroupKeyQuotesLabelValuesAsAlertmanagerDoes() {
    Map<String, String> labels = new TreeMap<>();
    labels.put("alertname", "A\"B");
    labels.put("team", "t\\1\nx");
    assertThat(AlertmanagerMessage.groupKey(labels))
        .isEqualTo("{}:{alertname=\"A\\\"B\", team=\"t\\\\1\\nx\"}");
  }

  @Test
  void itTellsOfFiringAndResolutionButNotOfAnAcknowledgement() {
    AlertmanagerSender sender = new AlertmanagerSender(null, null, null, null);
    for (AlertEvent event : AlertEvent.values()) {
      assertThat(sender.tells(event)).as(event.wire()).isEqualTo(event != AlertEvent.ACKNOWLEDGED);
    }
  }

  private static JsonNode message(String event, dev.yakusoku.alerts.AlertView a) {
    return JSON.valueToTree(AlertmanagerMessage.of(event, a, STORY, LINK, PAGE, "ops-am"));
  }

  private static java.util.List<String> fieldNames(JsonNode node) {
    java.util.List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
