package dev.yakusoku.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.yakusoku.support.LiveService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A team's time zone: stored with the team, named on its alerts as {@code teamZone}, and the zone
 * every time of its alerts and their stories is written in; the calendar's zone by default.
 */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "rule-author", "admin"})
class TeamZoneTest {
  private static final String DUPLICATE = "type=DUPLICATE_ESCALATION";

  @Inject LiveService live;

  @BeforeEach
  void storyDirectory() {
    live.resetAt("2026-11-26T09:59:00+09:00");
    live.putStoryDirectory();
  }

  @Test
  void aTeamsAlertsAndTheirStoriesAreWrittenInTheTeamsZone() {
    putOps("{\"name\": \"Operations 2\", \"manager\": \"s-ikumi\", \"zone\": \"America/New_York\"}")
        .statusCode(200)
        .body("zone", equalTo("America/New_York"));
    given().get("/api/v1/teams/t-ops").then().body("zone", equalTo("America/New_York"));

    live.postStoryEvents("e1", "e2", "e3", "e4");
    String id =
        live.awaitAlerts(DUPLICATE, 1)
            .body("[0].teamZone", equalTo("America/New_York"))
            .body("[0].firstRaisedAt", equalTo("2026-11-25T20:12:00-05:00"))
            .extract()
            .path("[0].id");

    given()
        .get("/api/v1/alerts/" + id + "/story")
        .then()
        .statusCode(200)
        .body("zone", equalTo("America/New_York"))
        .body("alert.teamZone", equalTo("America/New_York"))
        .body("timeline[0].time", equalTo("2026-11-25T20:00:00-05:00"));
  }

  @Test
  void aTeamWithoutAZoneHasItsAlertsInTheCalendarsZone() {
    given().get("/api/v1/teams/t-ops").then().body("zone", nullValue());

    live.postStoryEvents("e1", "e2", "e3", "e4");
    live.awaitAlerts(DUPLICATE, 1)
        .body("[0].teamZone", equalTo("Asia/Tokyo"))
        .body("[0].firstRaisedAt", equalTo("2026-11-26T10:12:00+09:00"));
  }

  @Test
  void aZoneThatIsNoIanaIdIsRefusedWith400NamingTheField() {
    for (String zone : new String[] {"Mars/Olympus", "+09:00", "JST", ""}) {
      putOps("{\"name\": \"Operations 2\", \"manager\": \"s-ikumi\", \"zone\": \"" + zone + "\"}")
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("zone"));
    }
    given().get("/api/v1/teams/t-ops").then().body("zone", nullValue());
  }

  private static ValidatableResponse putOps(String body) {
    return given().contentType(ContentType.JSON).body(body).put("/api/v1/teams/t-ops").then();
  }
}
