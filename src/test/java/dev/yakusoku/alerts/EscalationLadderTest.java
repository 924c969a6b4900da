package dev.yakusoku.alerts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;

import dev.yakusoku.support.AlertMoments;
import dev.yakusoku.support.LiveService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An alert nobody acknowledges in time climbs the team ladder, judged on engine time. */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "rule-author", "admin"})
class EscalationLadderTest {
  @Inject LiveService live;
  private String broken;

  @BeforeEach
  void brokenPromiseRaisedAt1103() {
    AlertMoments.hourPromiseMadeOnAFreshService(live);
    live.clock().set("2026-11-26T11:05:00+09:00");
    broken = live.awaitAlerts("type=BROKEN_PROMISE", 1).extract().path("[0].id");
  }

  @Test
  void aCriticalAlertNotAcknowledgedInThirtyMinutesClimbsToEachParentsManagerInTurn() {
    putTeam("t-board", "{\"name\": \"Board\", \"manager\": \"s-ceo\"}");
    putTeam(
        "t-exec", "{\"name\": \"Executive\", \"manager\": \"s-boss\", \"parent\": \"t-board\"}");
    putTeam(
        "t-ops", "{\"name\": \"Operations 2\", \"manager\": \"s-ikumi\", \"parent\": \"t-exec\"}");
    given().get("/api/v1/teams/t-ops").then().body("parent", equalTo("t-exec"));

    live.clock().set("2026-11-26T11:34:00+09:00");
    awaitAlert("manager", "s-boss")
        .body("escalatedFrom", equalTo("s-ikumi"))
        .body("escalatedAt", equalTo("2026-11-26T11:34:00+09:00"))
        .body("escalationTeam", equalTo("t-exec"))
        .body("team", equalTo("t-ops"))
        .body("notes", hasItem(startsWith("escalated from s-ikumi to s-boss")));

    live.clock().set("2026-11-26T12:05:00+09:00");
    awaitAlert("manager", "s-ceo").body("escalatedFrom", equalTo("s-boss"));

    live.clock().set("2026-11-26T14:00:00+09:00");
    staysWith("s-ceo");
  }

  @Test
  void anAlertAcknowledgedInTimeStaysWithItsManager() {
    putTeam("t-exec", "{\"name\": \"Executive\", \"manager\": \"s-boss\"}");
    putTeam(
        "t-ops", "{\"name\": \"Operations 2\", \"manager\": \"s-ikumi\", \"parent\": \"t-exec\"}");
    live.act(broken, "acknowledge", "{\"by\": \"s-ikumi\"}").statusCode(200);

    live.clock().set("2026-11-26T12:00:00+09:00");
    staysWith("s-ikumi");
  }

  @Test
  void anAlertOfATeamWithoutAParentStaysWithItsManager() {
    live.clock().set("2026-11-26T12:00:00+09:00");
    staysWith("s-ikumi");
  }

  @Test
  void anAlertThatReachedTheTopClimbsOnceItsTeamGainsAParent() {
    live.clock().set("2026-11-26T12:00:00+09:00");
    staysWith("s-ikumi");

    putTeam("t-exec", "{\"name\": \"Executive\", \"manager\": \"s-boss\"}");
    putTeam(
        "t-ops", "{\"name\": \"Operations 2\", \"manager\": \"s-ikumi\", \"parent\": \"t-exec\"}");
    live.clock().set("2026-11-26T12:01:00+09:00");
    awaitAlert("manager", "s-boss").body("escalatedFrom", equalTo("s-ikumi"));
  }

  @Test
  void aParentWhoseLadderLeadsBackToTheTeamIsRefused() {
    putTeam("t-exec", "{\"name\": \"Executive\", \"manager\": \"s-boss\", \"parent\": \"t-ops\"}");
    given()
        .contentType(ContentType.JSON)
        .body("{\"name\": \"Operations 2\", \"manager\": \"s-ikumi\", \"parent\": \"t-exec\"}")
        .put("/api/v1/teams/t-ops")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("parent"));
    given().get("/api/v1/teams/t-ops").then().body("parent", nullValue());
  }

  private static void putTeam(String id, String body) {
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/v1/teams/" + id)
        .then()
        .statusCode(oneOf(200, 201));
  }

  private ValidatableResponse awaitAlert(String field, String value) {
    return live.awaitAlert(broken, alert -> alert.body(field, equalTo(value)));
  }

  private void staysWith(String manager) {
    String from = manager.equals("s-ceo") ? "s-boss" : null;
    live.alertKeeps(
        broken,
        alert -> alert.body("manager", equalTo(manager)).body("escalatedFrom", equalTo(from)));
  }
}
