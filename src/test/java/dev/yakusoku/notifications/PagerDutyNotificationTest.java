package dev.yakusoku.notifications;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.yakusoku.support.LiveService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A PagerDuty receiver gets the alert as an Events API v2 trigger keyed by its dedup key, and its
 * acknowledgement and resolution mirrored; beyond PagerDuty's rate (here one event a minute) an
 * event waits for the next minute instead of being dropped.
 */
@QuarkusTest
@TestProfile(PagerDutyNotificationTest.OneEventAMinute.class)
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "admin"})
class PagerDutyNotificationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static WireMockServer pagerDuty;

  @Inject LiveService live;

  /** PagerDuty's limit, made small enough to reach with one alert. */
  public static class OneEventAMinute implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("yakusoku.notifications.pagerduty-events-per-minute", "1");
    }
  }

  @BeforeAll
  static void startPagerDuty() {
    pagerDuty =
        new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
    pagerDuty.start();
  }

  @AfterAll
  static void stopPagerDuty() {
    pagerDuty.stop();
  }

  @BeforeEach
  void freshServiceAndReceiver() {
    pagerDuty.resetAll();
    pagerDuty.stubFor(
        post("/v2/enqueue")
            .willReturn(
                aResponse()
                    .withStatus(202)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"status\":\"success\",\"message\":\"Event processed\"}")));
    live.resetAt("2026-11-26T09:59:00+09:00");
    live.putStoryDirectory();
    given()
        .contentType(ContentType.JSON)
        .body(
            """
            {"kind": "pagerduty", "teams": ["t-ops"], "severities": ["critical", "warning"],
             "routingKey": "R0UT1NGKEY0000000000000000000000", "url": "%s/v2/enqueue"}"""
                .formatted(pagerDuty.baseUrl()))
        .put("/api/v1/receivers/ops-pager")
        .then()
        .statusCode(201);
  }

  @AfterEach
  void removeTheReceiver() {
    given().delete("/api/v1/receivers/ops-pager").then().statusCode(204);
  }

  @Test
  void theAlertIsTriggeredAcknowledgedAndResolvedOnItsDedupKeyNoFasterThanTheRateAllows() {
    live.postStoryEvents("e1", "e2", "e3", "e4");
    JsonNode trigger = awaitEvent("trigger");
    String id = trigger.get("payload").get("custom_details").get("alert").asText();
    JsonNode alert = given().get("/api/v1/alerts/" + id).then().extract().as(JsonNode.class);

    assertThat(trigger.get("routing_key").asText()).isEqualTo("R0UT1NGKEY0000000000000000000000");
    assertThat(trigger.get("dedup_key").asText()).isEqualTo(alert.get("dedupKey").asText());
    JsonNode payload = trigger.get("payload");
    assertThat(payload.get("summary").asText()).isEqualTo(alert.get("summary").asText());
    assertThat(payload.get("severity").asText()).isEqualTo("warning");
    assertThat(payload.get("source").asText()).isEqualTo("yakusoku/t-ops");
    assertThat(payload.get("timestamp").asText()).isEqualTo(alert.get("firstRaisedAt").asText());
    assertThat(payload.get("component").asText()).isEqualTo("M-1");
    assertThat(payload.get("group").asText()).isEqualTo("t-ops");
    assertThat(payload.get("class").asText()).isEqualTo("DUPLICATE_ESCALATION");
    assertThat(trigger.get("client").asText()).isEqualTo("Yakusoku");
    assertThat(trigger.get("client_url").asText()).endsWith("?alert=" + id);
    assertThat(trigger.get("links").get(0).get("href").asText()).endsWith("?alert=" + id);

    given()
        .contentType(ContentType.JSON)
        .body("{\"by\": \"s-ikumi\"}")
        .post("/api/v1/alerts/" + id + "/acknowledge")
        .then()
        .statusCode(200);
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () ->
                given()
                    .get("/api/v1/alerts/" + id + "/notifications")
                    .then()
                    .body("event", contains("raised", "acknowledged"))
                    .body("status", contains("sent", "held"))
                    .body("attempts", contains(1, 0))
                    .body("[1].error", containsString("rate limit")));
    assertThat(posted()).hasSize(1);

    live.clock().atLeast(live.clock().instant().plus(Duration.ofSeconds(61)));
    JsonNode acknowledge = awaitEvent("acknowledge");

    assertThat(acknowledge.get("dedup_key").asText()).isEqualTo(alert.get("dedupKey").asText());
    assertThat(acknowledge.has("payload")).isFalse();
    given()
        .get("/api/v1/alerts/" + id + "/notifications")
        .then()
        .body("status", contains("sent", "sent"))
        .body("attempts", contains(1, 1));

    given()
        .contentType(ContentType.JSON)
        .body("{\"by\": \"s-ikumi\", \"note\": \"called back\"}")
        .post("/api/v1/alerts/" + id + "/resolve")
        .then()
        .statusCode(200);
    live.clock().atLeast(live.clock().instant().plus(Duration.ofSeconds(61)));
    JsonNode resolve = awaitEvent("resolve");

    assertThat(resolve.get("dedup_key").asText()).isEqualTo(alert.get("dedupKey").asText());
    assertThat(posted())
        .extracting(body -> body.get("event_action").asText())
        .containsExactly("trigger", "acknowledge", "resolve");
  }

  private JsonNode awaitEvent(String action) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                posted().stream()
                    .filter(body -> action.equals(body.get("event_action").asText()))
                    .findFirst()
                    .orElse(null),
            body -> body != null);
  }

  private static List<JsonNode> posted() {
    return pagerDuty.findAll(postRequestedFor(urlEqualTo("/v2/enqueue"))).stream()
        .map(
            r -> {
              try {
                return JSON.readTree(r.getBodyAsString());
              } catch (Exception e) {
                throw new AssertionError("PagerDuty got no JSON: " + r.getBodyAsString(), e);
              }
            })
        .toList();
  }
}
