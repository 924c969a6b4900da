package dev.yakusoku.notifications;

import static dev.yakusoku.notifications.LoopbackReceiver.duplicateEscalation;
import static dev.yakusoku.notifications.LoopbackReceiver.loggedAsSent;
import static dev.yakusoku.notifications.LoopbackReceiver.removeReceiver;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yakusoku.support.LiveService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What takes Alertmanager's webhooks, on loopback, hears the alert fire and then resolve, in
 * Alertmanager's version 4 payload, with one fingerprint; the acknowledgement between is not sent.
 */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "admin"})
class AlertmanagerNotificationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static LoopbackReceiver webhook;

  @Inject LiveService live;

  @BeforeAll
  static void startTheReceiver() {
    webhook = LoopbackReceiver.started("/alerts");
  }

  @AfterAll
  static void stopTheReceiver() {
    webhook.stop();
  }

  @BeforeEach
  void freshServiceAndReceiver() {
    webhook.freshServiceWith(live, "ops-am", "alertmanager", 200, "");
  }

  @AfterEach
  void removeTheReceiver() {
    removeReceiver("ops-am");
  }

  @Test
  void theAlertFiresAndIsResolvedOnOneFingerprintAndItsAcknowledgementIsNotSent() {
    live.postStoryEvents("e1", "e2", "e3", "e4");
    JsonNode firing = webhook.awaitPosted(1).get(0);
    JsonPath alert = duplicateEscalation();
    String id = alert.getString("id");
    String dedupKey = alert.getString("dedupKey");
    String link = "http://localhost:8080/?alert=" + URLEncoder.encode(id, StandardCharsets.UTF_8);

    assertThat(firing.get("version").asText()).isEqualTo("4");
    assertThat(firing.get("status").asText()).isEqualTo("firing");
    assertThat(firing.get("receiver").asText()).isEqualTo("ops-am");
    assertThat(firing.get("externalURL").asText()).isEqualTo("http://localhost:8080/");
    assertThat(firing.get("truncatedAlerts").asInt()).isZero();
    assertThat(firing.get("groupKey").asText())
        .isEqualTo(
            "{}:{alertname=\"DUPLICATE_ESCALATION\", dedup_key=\""
                + dedupKey
                + "\", team=\"t-ops\"}");
    assertThat(JSON.convertValue(firing.get("groupLabels"), Map.class))
        .containsExactly(
            Map.entry("alertname", "DUPLICATE_ESCALATION"),
            Map.entry("dedup_key", dedupKey),
            Map.entry("team", "t-ops"));
    assertThat(firing.get("alerts")).hasSize(1);
    JsonNode fired = firing.get("alerts").get(0);
    assertThat(fired.get("status").asText()).isEqualTo("firing");
    assertThat(JSON.convertValue(fired.get("labels"), Map.class))
        .containsExactly(
            Map.entry("alertname", "DUPLICATE_ESCALATION"),
            Map.entry("dedup_key", dedupKey),
            Map.entry("matter", "M-1"),
            Map.entry("severity", "warning"),
            Map.entry("team", "t-ops"));
    JsonNode annotations = fired.get("annotations");
    assertThat(annotations.get("summary").asText()).isEqualTo(alert.getString("summary"));
    assertThat(annotations.get("description").asText())
        .isEqualTo("DUPLICATE_ESCALATION raised on 急ぎの見積り対応");
    assertThat(annotations.get("link").asText()).isEqualTo(link);
    assertThat(annotations.get("alert").asText()).isEqualTo(id);
    assertThat(annotations.get("manager").asText()).isEqualTo("s-ikumi");
    assertThat(fired.get("startsAt").asText()).isEqualTo(alert.getString("firstRaisedAt"));
    assertThat(fired.get("endsAt").asText()).isEqualTo("0001-01-01T00:00:00Z");
    assertThat(fired.get("generatorURL").asText()).isEqualTo(link);
    assertThat(fired.get("fingerprint").asText())
        .isEqualTo(DigestUtils.sha256Hex(dedupKey).substring(0, 16));
    assertThat(firing.get("commonLabels")).isEqualTo(fired.get("labels"));
    assertThat(firing.get("commonAnnotations")).isEqualTo(fired.get("annotations"));
    assertThat(webhook.requests().get(0).getHeader(WebhookSender.DELIVERY)).isNotBlank();

    live.act(id, "acknowledge", "{\"by\": \"s-ikumi\"}").statusCode(200);
    live.act(id, "resolve", "{\"by\": \"s-ikumi\", \"note\": \"called back\"}").statusCode(200);
    JsonNode resolved = webhook.awaitPosted(2).get(1);
    String resolvedAt = given().get("/api/v1/alerts/" + id).then().extract().path("resolvedAt");

    assertThat(resolved.get("status").asText()).isEqualTo("resolved");
    JsonNode ended = resolved.get("alerts").get(0);
    assertThat(ended.get("status").asText()).isEqualTo("resolved");
    assertThat(resolvedAt).isNotBlank();
    assertThat(ended.get("endsAt").asText()).isEqualTo(resolvedAt);
    assertThat(ended.get("startsAt")).isEqualTo(fired.get("startsAt"));
    assertThat(ended.get("fingerprint")).isEqualTo(fired.get("fingerprint"));
    assertThat(resolved.get("groupKey")).isEqualTo(firing.get("groupKey"));
    assertThat(ended.get("annotations").get("description").asText())
        .isEqualTo("DUPLICATE_ESCALATION resolved by s-ikumi (佐藤 いくみ): called back on 急ぎの見積り対応");

    // the acknowledgement between has no notion in Alertmanager: none was written
    loggedAsSent(id, "ops-am", "alertmanager", "raised", "resolved");
    assertThat(webhook.posted()).hasSize(2);
  }
}
