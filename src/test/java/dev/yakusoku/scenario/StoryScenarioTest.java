package dev.yakusoku.scenario;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import dev.yakusoku.support.Stories;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "rule-author", "admin"})
class StoryScenarioTest {

  @Test
  void theStoryRaisesOneDuplicateEscalationAndOneStalledDependencyAndNothingElse() {
    given()
        .contentType(ContentType.JSON)
        .body(Stories.story().toString())
        .when()
        .post("/api/v1/scenarios/run")
        .then()
        .statusCode(200)
        .body("errors", hasSize(0))
        .body("ruleSet", startsWith("rs-"))
        .body("alerts", hasSize(2))
        .body("alerts.type", contains("DUPLICATE_ESCALATION", "STALLED_DEPENDENCY"))
        .body("alerts[0].matterId", equalTo("M-1"))
        .body("alerts[0].firstRaisedAt", equalTo("2026-11-26T10:12:00+09:00"))
        .body("alerts[0].occurrences", equalTo(1))
        .body("alerts[0].severity", equalTo("warning"))
        .body("alerts[0].team", equalTo("t-ops"))
        .body("alerts[0].manager", equalTo("s-ikumi"))
        .body("alerts[0].dedupKey", equalTo("DUPLICATE_ESCALATION:M-1"))
        .body("alerts[0].evidence", hasItems("/crm/e2", "/crm/e3", "/reception/e4"))
        .body("alerts[0].notes[0]", containsString("phone"))
        .body("alerts[0].rule", containsString("escalates a matter again"))
        .body("alerts[1].matterId", equalTo("M-1"))
        .body("alerts[1].firstRaisedAt", equalTo("2026-11-30T11:10:00+09:00"))
        .body("alerts[1].evidence", containsInAnyOrder("/crm/e9"))
        .body("alerts[1].state", equalTo("open"));
  }

  @Test
  void aScenarioWithNoEventsAndNoUntilIsAnsweredNamingUntil() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"events\": []}")
        .post("/api/v1/scenarios/run")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("until"));
  }
}
