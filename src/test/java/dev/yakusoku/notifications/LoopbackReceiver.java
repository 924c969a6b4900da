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
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.yakusoku.facts.AlertTypes;
import dev.yakusoku.support.LiveService;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A receiving side on loopback taking JSON posts at one path, and the story's alert it hears of.
 */
final class LoopbackReceiver {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final WireMockServer server;
  private final String path;

  private LoopbackReceiver(String path) {
    this.path = path;
    this.server =
        new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
  }

  static LoopbackReceiver started(String path) {
    LoopbackReceiver receiver = new LoopbackReceiver(path);
    receiver.server.start();
    return receiver;
  }

  void stop() {
    server.stop();
  }

  /** Forgets what was posted; from now on it answers {@code status} with {@code body}. */
  void answers(int status, String body) {
    server.resetAll();
    server.stubFor(post(path).willReturn(aResponse().withStatus(status).withBody(body)));
  }

  String url() {
    return server.baseUrl() + path;
  }

  /**
   * A fresh service with the story's directory and the receiver {@code id} of {@code kind} for
   * t-ops posting here, which answers {@code status} with {@code body}.
   */
  void freshServiceWith(LiveService live, String id, String kind, int status, String body) {
    answers(status, body);
    live.resetAt("2026-11-26T09:59:00+09:00");
    live.putStoryDirectory();
    putReceiver(id, kind);
  }

  static void removeReceiver(String id) {
    given().delete("/api/v1/receivers/" + id).then().statusCode(204);
  }

  /** Puts the receiver {@code id} of {@code kind} for t-ops, posting here. */
  void putReceiver(String id, String kind) {
    putReceiver(id, kind, false);
  }

  private void putReceiver(String id, String kind, boolean digest) {
    given()
        .contentType(ContentType.JSON)
        .body(
            """
            {"kind": "%s", "teams": ["t-ops"], "severities": ["critical", "warning"],
             "url": "%s", "digest": %s}"""
                .formatted(kind, url(), digest))
        .put("/api/v1/receivers/" + id)
        .then()
        .statusCode(201);
  }

  /** The summary of the open broken promise a digest tells of, with text that must stay text. */
  static final String DIGEST_SUMMARY = "約束の期限 <b>過ぎ</b> & [the form](http://evil.example)";

  /**
   * On Saturday, t-ops has a broken promise open since the week before, a stalled dependency raised
   * on Friday and an escalation resolved on Saturday, and the receiver {@code id} of {@code kind}
   * with {@code digest} posts here; nothing is posted until nine on Monday, the start of t-ops's
   * business day, when one digest is, sent at the first attempt. Answers its body.
   */
  JsonNode digestPostedOnMonday(LiveService live, DailyDigest digest, String id, String kind) {
    live.clock().set("2026-11-28T12:00:00+09:00");
    DigestFixtures.store(
        DigestFixtures.alert(
            "a-ch-broken",
            "t-ops",
            AlertTypes.BROKEN_PROMISE,
            "critical",
            DIGEST_SUMMARY,
            "2026-11-20T10:00:00+09:00"),
        DigestFixtures.alert(
            "a-ch-stalled",
            "t-ops",
            AlertTypes.STALLED_DEPENDENCY,
            "warning",
            "部品の回答待ち",
            "2026-11-27T15:00:00+09:00"),
        DigestFixtures.resolved(
            DigestFixtures.alert(
                "a-ch-resolved",
                "t-ops",
                AlertTypes.DUPLICATE_ESCALATION,
                "warning",
                "二度目のエスカレーション",
                "2026-11-26T11:00:00+09:00"),
            "s-ikumi",
            "2026-11-28T10:00:00+09:00"));
    putReceiver(id, kind, true);
    assertThat(digest.writeDue(live.clock().instant())).as("on Saturday").isZero();
    live.clock().set("2026-11-30T08:59:59+09:00");
    assertThat(digest.writeDue(live.clock().instant())).as("a second before nine").isZero();
    await()
        .during(Duration.ofMillis(1500))
        .atMost(Duration.ofSeconds(5))
        .until(() -> requests().isEmpty());

    live.clock().set("2026-11-30T09:00:00+09:00");
    JsonNode posted = awaitPosted(1).get(0);
    await()
        .during(Duration.ofMillis(1500))
        .atMost(Duration.ofSeconds(5))
        .until(() -> requests().size() == 1);
    List<Notification> written = DigestFixtures.digests();
    assertThat(written).hasSize(1);
    Notification n = written.get(0);
    assertThat(n.receiverId).isEqualTo(id);
    assertThat(n.kind).isEqualTo(kind);
    assertThat(n.digestTeam).isEqualTo("t-ops");
    assertThat(n.digestDay).hasToString("2026-11-30");
    assertThat(n.status).isEqualTo(Notification.SENT);
    assertThat(n.attempts).isEqualTo(1);
    assertThat(n.recipient).isEqualTo("localhost");
    return posted;
  }

  /** The bodies posted once there are {@code count}, oldest first. */
  List<JsonNode> awaitPosted(int count) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(this::posted, bodies -> bodies.size() >= count);
  }

  List<LoggedRequest> requests() {
    return server.findAll(postRequestedFor(urlEqualTo(path)));
  }

  List<JsonNode> posted() {
    List<JsonNode> bodies = new ArrayList<>();
    for (LoggedRequest r : requests()) {
      assertThat(r.getHeader("Content-Type")).startsWith("application/json");
      try {
        bodies.add(JSON.readTree(r.getBodyAsString()));
      } catch (Exception e) {
        throw new AssertionError("no JSON was posted: " + r.getBodyAsString(), e);
      }
    }
    return bodies;
  }

  /** The alert the story's events e1 to e4 raise, once it is raised. */
  static JsonPath duplicateEscalation() {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> {
              JsonPath alerts =
                  given().get("/api/v1/alerts?team=t-ops").then().extract().jsonPath();
              Object found = alerts.get("find { it.type == 'DUPLICATE_ESCALATION' }.id");
              return found == null
                  ? null
                  : given().get("/api/v1/alerts/" + found).then().extract().jsonPath();
            },
            a -> a != null);
  }

  /** The headlines of the events the alert cites, as the page's story tells them. */
  static List<String> citedHeadlines(String id) {
    List<String> cited =
        given()
            .get("/api/v1/alerts/" + id + "/story")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("timeline.findAll { it.evidence }.headline");
    assertThat(cited).isNotEmpty().hasSizeLessThanOrEqualTo(StoryExcerpts.MOST_LINES);
    return cited;
  }

  /** Posts {@code url}, a message's acknowledge link, as a browser would: no one signed in. */
  static void acknowledgesAsItsManager(String url, String id) {
    String page = "http://localhost:8080";
    assertThat(url).matches(page + "/acknowledge/[A-Za-z0-9_-]+");
    given()
        .post(url.substring(page.length()))
        .then()
        .statusCode(200)
        .body(containsString("Acknowledged as s-ikumi"));
    given()
        .get("/api/v1/alerts/" + id)
        .then()
        .body("state", equalTo("acknowledged"))
        .body("acknowledgedBy", equalTo("s-ikumi"));
  }

  /** The alert's log, once it holds {@code events}: each sent at the first attempt, to here. */
  static void loggedAsSent(String id, String receiver, String kind, String... events) {
    int n = events.length;
    await()
        .during(Duration.ofMillis(500))
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                given()
                    .get("/api/v1/alerts/" + id + "/notifications")
                    .then()
                    .statusCode(200)
                    .body("event", contains(events))
                    .body("receiver", contains(Collections.nCopies(n, receiver).toArray()))
                    .body("kind", contains(Collections.nCopies(n, kind).toArray()))
                    .body("status", contains(Collections.nCopies(n, "sent").toArray()))
                    .body("attempts", contains(Collections.nCopies(n, 1).toArray()))
                    .body("to", contains(Collections.nCopies(n, "localhost").toArray())));
  }

  /** The texts of {@code nodes}' {@code field}, in order. */
  static List<String> texts(JsonNode nodes, String field) {
    List<String> texts = new ArrayList<>();
    nodes.forEach(n -> texts.add(n.get(field).asText()));
    return texts;
  }
}
