package dev.yakusoku.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yakusoku.Bootstrap;
import dev.yakusoku.alerts.Alert;
import dev.yakusoku.alerts.AlertOccurrence;
import dev.yakusoku.directory.PartyRecord;
import dev.yakusoku.directory.TeamRecord;
import dev.yakusoku.ingest.MatterRecord;
import dev.yakusoku.ingest.StoredEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/** Drives the running service as its clients do, and resets it between live tests. */
@ApplicationScoped
public class LiveService {
  @Inject TestClock clock;
  @Inject Bootstrap bootstrap;

  /** Empties every table and restarts the live engine with the wall clock at {@code time}. */
  public void resetAt(String time) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              AlertOccurrence.deleteAll();
              Alert.deleteAll();
              StoredEvent.deleteAll();
              MatterRecord.deleteAll();
              PartyRecord.deleteAll();
              TeamRecord.deleteAll();
            });
    clock.set(time);
    bootstrap.restartEngine();
  }

  /** Puts the story's teams and parties through the directory API. */
  public void putStoryDirectory() {
    JsonNode story = Stories.story();
    for (JsonNode team : story.get("teams")) {
      given()
          .contentType(ContentType.JSON)
          .body(team.toString())
          .put("/api/v1/teams/" + team.get("id").asText())
          .then()
          .statusCode(201);
    }
    for (JsonNode party : story.get("parties")) {
      given()
          .contentType(ContentType.JSON)
          .body(party.toString())
          .put("/api/v1/parties/" + party.get("id").asText())
          .then()
          .statusCode(201);
    }
  }

  /** Posts the story's events one request each, the wall clock just after each event's time. */
  public void postStoryEvents(String... ids) {
    for (JsonNode event : Stories.events(ids)) {
      clock.set(event.get("time").asText());
      post(event);
    }
  }

  public void post(JsonNode body) {
    given()
        .contentType(ContentType.JSON)
        .body(body.toString())
        .post("/api/v1/events")
        .then()
        .statusCode(202);
  }

  public void restartEngine() {
    bootstrap.restartEngine();
  }

  /** Waits until {@code GET /api/v1/alerts?query} answers {@code count} alerts, and answers it. */
  public ValidatableResponse awaitAlerts(String query, int count) {
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () -> given().get("/api/v1/alerts?" + query).then().body("$", hasSize(count)));
    return given().get("/api/v1/alerts?" + query).then().statusCode(200);
  }
}
