package dev.yakusoku.rules;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yakusoku.support.Stories;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Contract sections 4 and 5: the loaded rule set, validation, and rules given to a scenario. */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "rule-author", "admin"})
class RulesEndpointsTest {
  private static final String BROKEN_DRL =
      """
      package rules;

      import dev.yakusoku.facts.*;

      rule "A promise with a typo"
      when
          $p : Promise( stat == "open" )
      then
      end
      """;

  private static final String URGENT_ONLY_DRL =
      """
      package rules;

      import dev.yakusoku.facts.*;

      global dev.yakusoku.facts.AlertSink alerts;

      rule "An urgent matter is announced to its team's manager"
      when
          $m : Matter( urgent )
          Team( id == $m.team, $manager : manager )
      then
          AlertDraft a = AlertDraft.of( "URGENT_MATTER", AlertDraft.WARNING, $m.getOpenedAt(), drools.getRule().getName() )
              .on( $m ).key( "URGENT_MATTER:" + $m.getId() ).summary( $m.getTitle() ).evidence( $m.getRef() );
          a.setManager( $manager );
          alerts.raise( a );
      end
      """;

  @Test
  void theLoadedRuleSetListsItsVersionFilesAndRules() {
    given()
        .get("/api/v1/rules")
        .then()
        .statusCode(200)
        .body("version", startsWith("rs-"))
        .body(
            "files",
            contains(
                "availability.drl",
                "dependencies.drl",
                "escalations.drl",
                "promises.drl",
                "routing.drl"))
        .body("loadedAt", containsString("+09:00"))
        .body("rules", hasItem("A promise passes its due time unkept"));
  }

  @Test
  void validatingBrokenDrlNamesTheFileLineAndColumnAndLoadsNothing() {
    String before = given().get("/api/v1/rules").then().extract().path("version");

    given()
        .contentType(ContentType.JSON)
        .body(Map.of("typo.drl", BROKEN_DRL))
        .post("/api/v1/rules/validate")
        .then()
        .statusCode(200)
        .body("valid", equalTo(false))
        .body("version", nullValue())
        .body("errors[0].file", equalTo("typo.drl"))
        .body("errors[0].line", equalTo(7))
        .body("errors[0].message", containsString("stat"));

    given().get("/api/v1/rules").then().body("version", equalTo(before));
  }

  @Test
  void validatingGoodDrlAnswersTheVersionItWouldHave() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("urgent.drl", URGENT_ONLY_DRL))
        .post("/api/v1/rules/validate")
        .then()
        .statusCode(200)
        .body("valid", equalTo(true))
        .body("version", startsWith("rs-"))
        .body("errors", hasSize(0));
  }

  @Test
  void aScenarioWithBrokenRulesIsAnsweredWithEachErrorsFileLineAndColumn() {
    ObjectNode body = Stories.story();
    body.putObject("rules").put("typo.drl", BROKEN_DRL);

    given()
        .contentType(ContentType.JSON)
        .body(body.toString())
        .post("/api/v1/scenarios/run")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].file", equalTo("typo.drl"))
        .body("errors[0].line", equalTo(7))
        .body("errors[0].column", greaterThan(-1));
  }

  @Test
  void aScenarioRunsTheRulesItIsGivenInsteadOfTheLoadedOnes() {
    ObjectNode body = Stories.story();
    body.putObject("rules").put("urgent.drl", URGENT_ONLY_DRL);

    given()
        .contentType(ContentType.JSON)
        .body(body.toString())
        .post("/api/v1/scenarios/run")
        .then()
        .statusCode(200)
        .body("alerts", hasSize(1))
        .body("alerts[0].type", equalTo("URGENT_MATTER"))
        .body("alerts[0].manager", equalTo("s-ikumi"))
        .body("alerts[0].rule", equalTo("An urgent matter is announced to its team's manager"))
        .body("alerts[0].firstRaisedAt", equalTo("2026-11-26T10:00:00+09:00"));
  }

  @Test
  void aScenarioWithABadEventOrUntilNamesTheField() {
    ObjectNode body = Stories.story();
    body.put("until", "tomorrow");
    given()
        .contentType(ContentType.JSON)
        .body(body.toString())
        .post("/api/v1/scenarios/run")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("until"));

    ObjectNode badEvent = Stories.story();
    ((ObjectNode) badEvent.get("events").get(2).get("data")).remove("promiseId");
    given()
        .contentType(ContentType.JSON)
        .body(badEvent.toString())
        .post("/api/v1/scenarios/run")
        .then()
        .statusCode(400)
        .body("errors[0].index", equalTo(2))
        .body("errors[0].field", equalTo("data.promiseId"));
  }
}
