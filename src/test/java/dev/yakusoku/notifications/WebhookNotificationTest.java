package dev.yakusoku.notifications;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.yakusoku.notifications.DigestFixtures.alert;
import static dev.yakusoku.notifications.DigestFixtures.resolved;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.yakusoku.facts.AlertTypes;
import dev.yakusoku.support.LiveService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A webhook receiver on loopback hears every change of its team's alerts, signed, and the alert's
 * notification log says how each delivery went, a receiver that was down included; one with {@code
 * digest} is posted its team's daily digest at the start of the team's business day.
 */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "admin"})
class WebhookNotificationTest {
  private static final String SECRET = "webhook-secret-の鍵";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static WireMockServer receiver;

  @Inject LiveService live;
  @Inject DailyDigest digest;

  @BeforeAll
  static void startTheReceiver() {
    receiver =
        new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
    receiver.start();
  }

  @AfterAll
  static void stopTheReceiver() {
    receiver.stop();
  }

  @BeforeEach
  void freshServiceAndReceiver() {
    receiver.resetAll();
    live.resetAt("2026-11-26T09:59:00+09:00");
    live.putStoryDirectory();
    given()
        .contentType(ContentType.JSON)
        .body(
            """
            {"kind": "webhook", "teams": ["t-ops"], "severities": ["critical", "warning"],
             "url": "%s/hook", "secret": "%s"}"""
                .formatted(receiver.baseUrl(), SECRET))
        .put("/api/v1/receivers/ops-hook")
        .then()
        .statusCode(201);
  }

  @AfterEach
  void removeTheReceivers() {
    given().delete("/api/v1/receivers/ops-hook").then().statusCode(204);
    given().delete("/api/v1/receivers/ops-hours");
  }

  @Test
  void aRaisedAlertAndItsAcknowledgementArePostedSignedAndLogged() throws Exception {
    receiver.stubFor(post("/hook").willReturn(ok()));

    live.postStoryEvents("e1", "e2", "e3", "e4");
    String id = awaitPosted("raised").get("alert").get("id").asText();
    given()
        .contentType(ContentType.JSON)
        .body("{\"by\": \"s-ikumi\"}")
        .post("/api/v1/alerts/" + id + "/acknowledge")
        .then()
        .statusCode(200);
    JsonNode acknowledged = awaitPosted("acknowledged");

    assertThat(acknowledged.get("alert").get("id").asText()).isEqualTo(id);
    assertThat(acknowledged.get("alert").get("state").asText()).isEqualTo("acknowledged");
    assertThat(acknowledged.get("alert").get("acknowledgedBy").asText()).isEqualTo("s-ikumi");
    for (LoggedRequest request : posted()) {
      assertThat(request.getHeader("Content-Type")).startsWith("application/json");
      assertThat(request.getHeader(WebhookSender.SIGNATURE))
          .isEqualTo("sha256=" + hmacSha256Hex(SECRET, request.getBodyAsString()));
      assertThat(request.getHeader(WebhookSender.DELIVERY)).isNotBlank();
    }
    given()
        .get("/api/v1/alerts/" + id + "/notifications")
        .then()
        .statusCode(200)
        .body("event", contains("raised", "acknowledged"))
        .body("receiver", contains("ops-hook", "ops-hook"))
        .body("kind", contains("webhook", "webhook"))
        .body("status", contains("sent", "sent"))
        .body("attempts", contains(1, 1))
        .body("to", contains("localhost", "localhost"));
  }

  @Test
  void aReceiverThatWasDownGetsTheNotificationOnceItIsBackAndTheLogShowsTheFailure()
      throws Exception {
    receiver.stubFor(
        post("/hook")
            .inScenario("outage")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503).withBody("down for maintenance"))
            .willSetStateTo("back"));
    receiver.stubFor(
        post("/hook").inScenario("outage").whenScenarioStateIs("back").willReturn(ok()));

    live.postStoryEvents("e1", "e2", "e3", "e4");
    String id = awaitLogged("failed");
    given()
        .get("/api/v1/alerts/" + id + "/notifications")
        .then()
        .body("status", contains("failed"))
        .body("attempts", contains(1))
        .body("[0].error", containsString("503"))
        .body("[0].error", containsString("down for maintenance"));

    // the rest after a failed attempt is wall-clock time
    live.clock().atLeast(live.clock().instant().plus(Duration.ofSeconds(6)));

    awaitLogged("sent");
    given()
        .get("/api/v1/alerts/" + id + "/notifications")
        .then()
        .body("status", contains("sent"))
        .body("attempts", contains(2));
    assertThat(posted()).hasSize(2);
    assertThat(posted().get(0).getHeader(WebhookSender.DELIVERY))
        .isEqualTo(posted().get(1).getHeader(WebhookSender.DELIVERY));
  }

  @Test
  void aTeamsAlertsGoOnlyToItsReceiversAndADeletedReceiverHearsNoMore() {
    given()
        .contentType(ContentType.JSON)
        .body(
            """
            {"kind": "webhook", "teams": ["t-front"], "severities": ["critical", "warning"],
             "url": "%s/front"}"""
                .formatted(receiver.baseUrl()))
        .put("/api/v1/receivers/front-hook")
        .then()
        .statusCode(201);
    receiver.stubFor(post("/hook").willReturn(ok()));
    receiver.stubFor(post("/front").willReturn(ok()));

    live.postStoryEvents("e1", "e2", "e3", "e4");
    awaitPosted("raised");

    assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/front")))).isEmpty();
    given().delete("/api/v1/receivers/front-hook").then().statusCode(204);
  }

  @Test
  void aWarningOutsideTheTeamsHoursWaitsForItsNextBusinessHourAndIsSentThen() {
    aTeamOnNewYorkTimeWithAReceiverOfWorkingHoursOnly();

    // 10:12 in Tokyo is 20:12 the evening before in New York
    live.postStoryEvents("e1", "e2", "e3", "e4");
    String id = awaitPosted("raised").get("alert").get("id").asText();
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () ->
                given()
                    .get("/api/v1/alerts/" + id + "/notifications")
                    .then()
                    .body("find { it.receiver == 'ops-hours' }.status", equalTo("held"))
                    .body(
                        "find { it.receiver == 'ops-hours' }.error",
                        containsString("held until 2026-11-26T09:00-05:00")));
    assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/hours")))).isEmpty();

    live.clock().atLeast(java.time.Instant.parse("2026-11-26T14:00:01Z"));

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> !receiver.findAll(postRequestedFor(urlEqualTo("/hours"))).isEmpty());
    JsonNode sent =
        read(receiver.findAll(postRequestedFor(urlEqualTo("/hours"))).get(0).getBodyAsString());
    assertThat(sent.get("event").asText()).isEqualTo("raised");
    assertThat(sent.get("alert").get("id").asText()).isEqualTo(id);
  }

  @Test
  void aWarningAcknowledgedWhileItWaitedForTheTeamsHoursIsNeverSent() {
    aTeamOnNewYorkTimeWithAReceiverOfWorkingHoursOnly();
    live.postStoryEvents("e1", "e2", "e3", "e4");
    String id = awaitPosted("raised").get("alert").get("id").asText();
    given()
        .contentType(ContentType.JSON)
        .body("{\"by\": \"s-ikumi\"}")
        .post("/api/v1/alerts/" + id + "/acknowledge")
        .then()
        .statusCode(200);

    live.clock().atLeast(java.time.Instant.parse("2026-11-26T14:00:01Z"));

    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () ->
                given()
                    .get("/api/v1/alerts/" + id + "/notifications")
                    .then()
                    .body(
                        "findAll { it.receiver == 'ops-hours' }.event",
                        contains("raised", "acknowledged"))
                    .body("findAll { it.receiver == 'ops-hours' }.status", contains("held", "sent"))
                    .body(
                        "find { it.receiver == 'ops-hours' }.error",
                        containsString("acknowledged or resolved before it could go")));
    assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/hours"))))
        .extracting(r -> read(r.getBodyAsString()).get("event").asText())
        .containsExactly("acknowledged");
  }

  @Test
  void aRestartReplaysTheAlertsButWritesNoNotificationAgain() {
    receiver.stubFor(post("/hook").willReturn(ok()));
    live.postStoryEvents("e1", "e2", "e3", "e4");
    String id = awaitPosted("raised").get("alert").get("id").asText();

    live.restartEngine();
    live.postStoryEvents("e5");

    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                given()
                    .get("/api/v1/alerts/" + id + "/notifications")
                    .then()
                    .body("event", contains("raised")));
    assertThat(posted()).hasSize(1);
  }

  @Test
  void aDigestIsPostedSignedAtNineInTheTeamsZoneWithTheAlertsOfTheReceiversSeverities()
      throws Exception {
    aLondonTeamWithAlertsAndTwoDigestReceivers();
    try {
      digestsOfLondon();
    } finally {
      given().delete("/api/v1/receivers/london-all").then().statusCode(204);
      given().delete("/api/v1/receivers/london-critical").then().statusCode(204);
    }
  }

  private void digestsOfLondon() throws Exception {
    // nine on Monday in Tokyo, the calendar's zone, is midnight in London
    live.clock().set("2026-11-30T09:00:00+09:00");
    assertThat(digest.writeDue(live.clock().instant())).isZero();
    await()
        .during(Duration.ofMillis(1500))
        .atMost(Duration.ofSeconds(5))
        .until(() -> receiver.findAll(postRequestedFor(urlEqualTo("/all"))).isEmpty());

    live.clock().set("2026-11-30T09:00:00Z");
    LoggedRequest all = awaitPostedTo("/all");
    LoggedRequest critical = awaitPostedTo("/critical");

    assertThat(all.getHeader("Content-Type")).startsWith("application/json");
    assertThat(all.getHeader(WebhookSender.SIGNATURE))
        .isEqualTo("sha256=" + hmacSha256Hex(SECRET, all.getBodyAsString()));
    assertThat(all.getHeader(WebhookSender.DELIVERY)).isNotBlank();
    assertThat(critical.containsHeader(WebhookSender.SIGNATURE))
        .as("no secret, no signature")
        .isFalse();

    JsonNode body = read(all.getBodyAsString());
    assertThat(fieldNames(body))
        .containsExactly(
            "event",
            "team",
            "day",
            "zone",
            "since",
            "until",
            "counts",
            "open",
            "raised",
            "resolved");
    assertThat(body.get("event").asText()).isEqualTo("digest");
    assertThat(body.get("team").asText()).isEqualTo("t-london");
    assertThat(body.get("day").asText()).isEqualTo("2026-11-30");
    assertThat(body.get("zone").asText()).isEqualTo("Europe/London");
    assertThat(body.get("since").asText()).isEqualTo("2026-11-27T00:00:00Z");
    assertThat(body.get("until").asText()).isEqualTo("2026-11-30T00:00:00Z");
    assertThat(body.get("counts"))
        .isEqualTo(
            JSON.readTree(
                """
                {"open": 1, "raised": 1, "resolved": 1, "brokenPromises": 1,
                 "stalledDependencies": 1}"""));
    assertThat(ids(body.get("open"))).containsExactly("a-ld-broken");
    assertThat(ids(body.get("raised"))).containsExactly("a-ld-broken");
    assertThat(ids(body.get("resolved"))).containsExactly("a-ld-stalled");
    JsonNode broken = body.get("open").get(0);
    assertThat(broken.get("type").asText()).isEqualTo("BROKEN_PROMISE");
    assertThat(broken.get("severity").asText()).isEqualTo("critical");
    assertThat(broken.get("summary").asText()).isEqualTo("A promise to call back passed");
    assertThat(broken.get("manager").asText()).isEqualTo("s-ikumi");
    assertThat(broken.get("firstRaisedAt").asText()).isEqualTo("2026-11-27T16:00:00Z");
    assertThat(broken.get("state").asText()).isEqualTo("open");
    JsonNode stalled = body.get("resolved").get(0);
    assertThat(stalled.get("resolvedBy").asText()).isEqualTo("s-ikumi");
    assertThat(stalled.get("resolvedAt").asText()).isEqualTo("2026-11-28T09:00:00Z");

    JsonNode criticalOnly = read(critical.getBodyAsString());
    assertThat(ids(criticalOnly.get("open"))).containsExactly("a-ld-broken");
    assertThat(ids(criticalOnly.get("resolved"))).isEmpty();
    assertThat(criticalOnly.get("counts").get("stalledDependencies").asInt()).isZero();
    assertThat(criticalOnly.get("counts").get("resolved").asInt()).isZero();
  }

  private void aLondonTeamWithAlertsAndTwoDigestReceivers() {
    receiver.stubFor(post("/all").willReturn(ok()));
    receiver.stubFor(post("/critical").willReturn(ok()));
    given()
        .contentType(ContentType.JSON)
        .body(
            """
            {"name": "London desk", "manager": "s-ikumi", "zone": "Europe/London"}""")
        .put("/api/v1/teams/t-london")
        .then()
        .statusCode(201);
    DigestFixtures.store(
        alert(
            "a-ld-broken",
            "t-london",
            AlertTypes.BROKEN_PROMISE,
            "critical",
            "A promise to call back passed",
            "2026-11-27T16:00:00Z"),
        resolved(
            alert(
                "a-ld-stalled",
                "t-london",
                AlertTypes.STALLED_DEPENDENCY,
                "warning",
                "The supplier has not answered",
                "2026-11-26T10:00:00Z"),
            "s-ikumi",
            "2026-11-28T09:00:00Z"),
        alert(
            "a-ld-ops",
            "t-ops",
            AlertTypes.BROKEN_PROMISE,
            "critical",
            "Another team's promise",
            "2026-11-27T01:00:00Z"));
    putDigestReceiver(
        "london-all", "[\"critical\", \"warning\"]", "/all", ", \"secret\": \"" + SECRET + "\"");
    putDigestReceiver("london-critical", "[\"critical\"]", "/critical", "");
  }

  private static void putDigestReceiver(String id, String severities, String path, String more) {
    given()
        .contentType(ContentType.JSON)
        .body(
            """
            {"kind": "webhook", "teams": ["t-london"], "severities": %s,
             "url": "%s%s", "digest": true%s}"""
                .formatted(severities, receiver.baseUrl(), path, more))
        .put("/api/v1/receivers/" + id)
        .then()
        .statusCode(201);
  }

  private static LoggedRequest awaitPostedTo(String path) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> {
              List<LoggedRequest> found = receiver.findAll(postRequestedFor(urlEqualTo(path)));
              return found.isEmpty() ? null : found.get(0);
            },
            r -> r != null);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> ids(JsonNode alerts) {
    List<String> ids = new ArrayList<>();
    alerts.forEach(a -> ids.add(a.get("id").asText()));
    return ids;
  }

  private void aTeamOnNewYorkTimeWithAReceiverOfWorkingHoursOnly() {
    receiver.stubFor(post("/hook").willReturn(ok()));
    receiver.stubFor(post("/hours").willReturn(ok()));
    given()
        .contentType(ContentType.JSON)
        .body(
            "{\"name\": \"Operations 2\", \"manager\": \"s-ikumi\", \"zone\": \"America/New_York\"}")
        .put("/api/v1/teams/t-ops")
        .then()
        .statusCode(200);
    given()
        .contentType(ContentType.JSON)
        .body(
            """
            {"kind": "webhook", "teams": ["t-ops"], "severities": ["warning"],
             "url": "%s/hours", "workingHoursOnly": true}"""
                .formatted(receiver.baseUrl()))
        .put("/api/v1/receivers/ops-hours")
        .then()
        .statusCode(201);
  }

  private String awaitLogged(String status) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> {
              List<String> ids =
                  given().get("/api/v1/alerts?team=t-ops").then().extract().path("id");
              for (String id : ids) {
                List<String> statuses =
                    given()
                        .get("/api/v1/alerts/" + id + "/notifications")
                        .then()
                        .extract()
                        .path("status");
                if (statuses.contains(status)) {
                  return id;
                }
              }
              return null;
            },
            id -> id != null);
  }

  private JsonNode awaitPosted(String event) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                posted().stream()
                    .map(r -> read(r.getBodyAsString()))
                    .filter(body -> event.equals(body.get("event").asText()))
                    .findFirst()
                    .orElse(null),
            body -> body != null);
  }

  private static List<LoggedRequest> posted() {
    return receiver.findAll(postRequestedFor(urlEqualTo("/hook")));
  }

  private static JsonNode read(String body) {
    try {
      return JSON.readTree(body);
    } catch (Exception e) {
      throw new AssertionError("the receiver got no JSON: " + body, e);
    }
  }

  private static String hmacSha256Hex(String secret, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }
}
