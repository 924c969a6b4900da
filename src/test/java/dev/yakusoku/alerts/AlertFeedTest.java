package dev.yakusoku.alerts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yakusoku.support.LiveService;
import dev.yakusoku.support.Stories;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract section 2: listing, reading, the live stream, acknowledging and resolving alerts. */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "rule-author", "admin"})
class AlertFeedTest {
  @Inject LiveService live;

  @TestHTTPResource("/api/v1/alerts/stream")
  URI stream;

  @BeforeEach
  void freshService() {
    live.resetAt("2026-11-26T09:59:00+09:00");
    live.putStoryDirectory();
  }

  @Test
  void theStreamSendsAnAlertEventWhenRaisedAndOnEveryPersonsAct() throws Exception {
    List<String> lines = new CopyOnWriteArrayList<>();
    HttpClient client = HttpClient.newHttpClient();
    CompletableFuture<HttpResponse<Stream<String>>> response =
        client.sendAsync(
            HttpRequest.newBuilder(stream).header("Accept", "text/event-stream").build(),
            HttpResponse.BodyHandlers.ofLines());
    response.thenAccept(r -> r.body().forEach(lines::add));
    await().atMost(Duration.ofSeconds(10)).until(response::isDone);
    assertThat(response.get().headers().firstValue("content-type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));

    live.postStoryEvents("e1", "e2", "e3", "e4");

    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> dataOf(lines, "DUPLICATE_ESCALATION", "open") != null);
    assertThat(lines).anyMatch(line -> line.matches("event: ?alert"));
    JsonNode raised = dataOf(lines, "DUPLICATE_ESCALATION", "open");
    assertThat(raised.get("matterId").asText()).isEqualTo("M-1");

    given()
        .contentType(ContentType.JSON)
        .body("{\"by\": \"s-ikumi\", \"note\": \"calling back now\"}")
        .post("/api/v1/alerts/" + raised.get("id").asText() + "/acknowledge")
        .then()
        .statusCode(200);
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> dataOf(lines, "DUPLICATE_ESCALATION", "acknowledged") != null);

    // every person's act is heard once it is stored: a snooze, then a resolution
    live.act(
            raised.get("id").asText(),
            "snooze",
            "{\"by\": \"s-ikumi\", \"until\": \"2026-11-26T11:00:00+09:00\"}")
        .statusCode(200);
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> dataOf(lines, "DUPLICATE_ESCALATION", "snoozed") != null);
    live.act(raised.get("id").asText(), "resolve", "{\"by\": \"s-ikumi\", \"note\": \"done\"}")
        .statusCode(200);
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> dataOf(lines, "DUPLICATE_ESCALATION", "resolved") != null);
    response.cancel(true);
  }

  @Test
  void anAlertIsAcknowledgedThenResolvedAndKeepsItsHistory() {
    live.postStoryEvents("e1", "e2", "e3", "e4");
    String id = awaitOne("type=DUPLICATE_ESCALATION");

    given()
        .contentType(ContentType.JSON)
        .body("{\"by\": \"s-ikumi\", \"note\": \"見ました\"}")
        .post("/api/v1/alerts/" + id + "/acknowledge")
        .then()
        .statusCode(200)
        .body("state", equalTo("acknowledged"))
        .body("acknowledgedBy", equalTo("s-ikumi"));
    given().get("/api/v1/alerts?state=acknowledged").then().body("id", equalTo(List.of(id)));

    given()
        .contentType(ContentType.JSON)
        .body("{\"by\": \"s-ikumi\", \"note\": \"relay fixed\"}")
        .post("/api/v1/alerts/" + id + "/resolve")
        .then()
        .statusCode(200)
        .body("state", equalTo("resolved"))
        .body("resolvedBy", equalTo("s-ikumi"))
        .body("resolution", equalTo("relay fixed"));
    given().get("/api/v1/alerts/" + id).then().statusCode(200).body("state", equalTo("resolved"));
  }

  @Test
  void aNewOccurrenceWhileAcknowledgedGrowsTheSameAlert() {
    live.postStoryEvents("e1", "e2", "e3", "e4");
    String id = awaitOne("type=DUPLICATE_ESCALATION");
    given()
        .contentType(ContentType.JSON)
        .body("{\"by\": \"s-ikumi\"}")
        .post("/api/v1/alerts/" + id + "/acknowledge")
        .then()
        .statusCode(200);

    var again = Stories.event("e2");
    again.put("id", "e2-again");
    again.put("time", "2026-11-26T10:40:00+09:00");
    live.post(again);

    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () ->
                given()
                    .get("/api/v1/alerts/" + id)
                    .then()
                    .body("occurrences", equalTo(2))
                    .body("lastRaisedAt", equalTo("2026-11-26T10:40:00+09:00"))
                    .body("firstRaisedAt", equalTo("2026-11-26T10:12:00+09:00"))
                    .body("state", equalTo("acknowledged")));
    given().get("/api/v1/alerts?type=DUPLICATE_ESCALATION").then().body("$", hasSize(1));
  }

  @Test
  void filtersNarrowTheListAndUnknownAlertsAreNotFound() {
    live.postStoryEvents("e1", "e2", "e3", "e4");
    awaitOne("type=DUPLICATE_ESCALATION");

    given()
        .get("/api/v1/alerts?team=t-ops&manager=s-ikumi&matter=M-1")
        .then()
        .body("$", hasSize(1));
    given().get("/api/v1/alerts?team=t-sales").then().body("$", hasSize(0));
    given().get("/api/v1/alerts?state=resolved").then().body("$", hasSize(0));
    given()
        .get("/api/v1/alerts/a-nothing")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .contentType(ContentType.JSON)
        .body("{\"note\": \"who am I\"}")
        .post("/api/v1/alerts/a-nothing/acknowledge")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("by"));
  }

  private static String awaitOne(String query) {
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(() -> given().get("/api/v1/alerts?" + query).then().body("$", hasSize(1)));
    return given().get("/api/v1/alerts?" + query).then().extract().path("[0].id");
  }

  private static JsonNode dataOf(List<String> lines, String type, String state) {
    for (String line : lines) {
      if (line.startsWith("data:")) {
        try {
          JsonNode alert = Stories.JSON.readTree(line.substring(5).strip());
          if (type.equals(alert.path("type").asText())
              && state.equals(alert.path("state").asText())) {
            return alert;
          }
        } catch (Exception e) {
          // a partial line; the next read completes it
        }
      }
    }
    return null;
  }
}
