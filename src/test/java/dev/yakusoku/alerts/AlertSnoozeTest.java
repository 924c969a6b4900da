package dev.yakusoku.alerts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import dev.yakusoku.support.AlertMoments;
import dev.yakusoku.support.LiveService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Snoozing an alert: quiet until a time judged on the engine clock, then open again. */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "rule-author", "admin"})
class AlertSnoozeTest {
  private static final String UNTIL_ELEVEN =
      "{\"by\": \"s-ikumi\", \"until\": \"2026-11-26T11:00:00+09:00\", \"note\": \"会議中\"}";

  @Inject LiveService live;
  private String id;

  @BeforeEach
  void duplicateEscalationRaised() {
    live.resetAt("2026-11-26T09:59:00+09:00");
    live.putStoryDirectory();
    live.postStoryEvents("e1", "e2", "e3", "e4");
    id = live.awaitAlerts("type=DUPLICATE_ESCALATION", 1).extract().path("[0].id");
  }

  @Test
  void aSnoozedAlertGrowsQuietlyAndReopensWhenTheEngineClockPassesTheSnooze() {
    snooze(UNTIL_ELEVEN)
        .statusCode(200)
        .body("state", equalTo("snoozed"))
        .body("snoozedUntil", equalTo("2026-11-26T11:00:00+09:00"))
        .body("snoozedBy", equalTo("s-ikumi"));

    live.clock().set("2026-11-26T10:40:00+09:00");
    live.post(AlertMoments.clientPressesAgain("e2-again", "2026-11-26T10:40:00+09:00"));
    live.awaitAlert(
        id,
        alert ->
            alert
                .body("occurrences", equalTo(2))
                .body("lastRaisedAt", equalTo("2026-11-26T10:40:00+09:00"))
                .body("state", equalTo("snoozed")));
    given().get("/api/v1/alerts?type=DUPLICATE_ESCALATION").then().body("$", hasSize(1));

    live.clock().set("2026-11-26T11:00:30+09:00");
    live.awaitAlert(
        id,
        alert ->
            alert
                .body("state", equalTo("open"))
                .body("notes", hasItem(startsWith("snooze ended at"))));
  }

  @Test
  void anAlertResolvedWhileSnoozedStaysResolvedAfterTheSnooze() {
    snooze(UNTIL_ELEVEN).statusCode(200);
    live.act(id, "resolve", "{\"by\": \"s-ikumi\", \"note\": \"relay fixed\"}").statusCode(200);

    live.clock().set("2026-11-26T11:30:00+09:00");
    live.alertKeeps(id, alert -> alert.body("state", equalTo("resolved")));
  }

  @Test
  void snoozeWithoutWhoOrWithABadTimeIsRefusedNamingTheField() {
    snooze("{\"until\": \"2026-11-26T11:00:00+09:00\"}")
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("by"));
    snooze("{\"by\": \"s-ikumi\"}").statusCode(400).body("errors[0].field", equalTo("until"));
    snooze("{\"by\": \"s-ikumi\", \"until\": \"tomorrow morning\"}")
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("until"));
    given().get("/api/v1/alerts/" + id).then().body("state", equalTo("open"));
  }

  @Test
  void aResolvedAlertCannotBeSnoozed() {
    live.act(id, "resolve", "{\"by\": \"s-ikumi\"}").statusCode(200);

    snooze(UNTIL_ELEVEN).statusCode(409).contentType("application/problem+json");
    given().get("/api/v1/alerts/" + id).then().body("state", equalTo("resolved"));
  }

  private ValidatableResponse snooze(String body) {
    return live.act(id, "snooze", body);
  }
}
