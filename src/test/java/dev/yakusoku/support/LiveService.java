package dev.yakusoku.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yakusoku.alerts.Alert;
import dev.yakusoku.alerts.AlertOccurrence;
import dev.yakusoku.directory.PartyRecord;
import dev.yakusoku.directory.TeamRecord;
import dev.yakusoku.engine.EngineBacklog;
import dev.yakusoku.engine.LiveEngines;
import dev.yakusoku.ingest.MatterRecord;
import dev.yakusoku.ingest.MatterRouting;
import dev.yakusoku.ingest.QuarantinedEvent;
import dev.yakusoku.ingest.StoredEvent;
import dev.yakusoku.notifications.Notification;
import dev.yakusoku.rules.LiveRuleSet;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Drives the running service as its clients do, signed in as the development users whose role each
 * call needs, and resets it between live tests.
 */
@ApplicationScoped
public class LiveService {
  @Inject TestClock clock;
  @Inject LiveRuleSet rules;
  @Inject LiveEngines engines;
  @Inject EngineBacklog backlog;
  @Inject MatterRouting routing;

  /** Empties every table and restarts the live engine with the wall clock at {@code time}. */
  public void resetAt(String time) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              Notification.deleteAll();
              AlertOccurrence.deleteAll();
              Alert.deleteAll();
              QuarantinedEvent.deleteAll();
              StoredEvent.deleteAll();
              MatterRecord.deleteAll();
              PartyRecord.deleteAll();
              TeamRecord.deleteAll();
            });
    routing.readDirectoryAgain();
    clock.set(time);
    rules.current().ifPresent(engines::rebuild);
  }

  /** Puts the story's teams and parties through the directory API. */
  public void putStoryDirectory() {
    Stories.putDirectory(() -> SignedIn.as(SignedIn.ADMIN));
  }

  /** Posts the story's events one request each, the wall clock just after each event's time. */
  public void postStoryEvents(String... ids) {
    for (JsonNode event : Stories.events(ids)) {
      clock.set(event.get("time").asText());
      post(event);
    }
  }

  /**
   * Posts events as a client does, the clock at their time, and waits until the live engine has
   * judged them, so a clock the test moves on afterwards finds them in.
   */
  public void post(JsonNode body) {
    TestClock.reachTimesOf(body.toString());
    SignedIn.as(SignedIn.INGEST)
        .contentType(ContentType.JSON)
        .body(body.toString())
        .post("/api/v1/events")
        .then()
        .statusCode(202);
    await().atMost(Duration.ofSeconds(15)).until(() -> backlog.pending() == 0);
  }

  /** The test's wall clock. */
  public TestClock clock() {
    return clock;
  }

  /** Waits until {@code GET /api/v1/alerts?query} lists {@code count} alerts, and answers it. */
  public ValidatableResponse awaitAlerts(String query, int count) {
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () ->
                SignedIn.as(SignedIn.ADMIN)
                    .get("/api/v1/alerts?" + query)
                    .then()
                    .body("$", hasSize(count)));
    return SignedIn.as(SignedIn.ADMIN).get("/api/v1/alerts?" + query).then().statusCode(200);
  }

  /** Waits until {@code GET /api/v1/alerts/{id}} meets {@code expectation}, and answers it. */
  public ValidatableResponse awaitAlert(String id, Consumer<ValidatableResponse> expectation) {
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(() -> expectation.accept(given().get("/api/v1/alerts/" + id).then()));
    return given().get("/api/v1/alerts/" + id).then();
  }

  /** Asserts that {@code GET /api/v1/alerts/{id}} keeps meeting {@code expectation} for ticks. */
  public void alertKeeps(String id, Consumer<ValidatableResponse> expectation) {
    await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> expectation.accept(given().get("/api/v1/alerts/" + id).then()));
  }

  /** Posts a manager's act ({@code acknowledge}, {@code resolve}, {@code snooze}) on an alert. */
  public ValidatableResponse act(String id, String action, String body) {
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/alerts/" + id + "/" + action)
        .then();
  }

  public void restartEngine() {
    rules.current().ifPresent(engines::rebuild);
  }
}
