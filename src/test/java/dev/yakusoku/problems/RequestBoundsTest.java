package dev.yakusoku.problems;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yakusoku.support.Stories;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/**
 * Contract section 1, "Bounds", beyond events: the directory, a person's act on an alert, the alert
 * list's limit and the scenario runner answer 400 naming the field instead of failing at the
 * database.
 */
@QuarkusTest
@TestSecurity(
    user = "s-ikumi",
    roles = {"manager", "admin", "rule-author"})
class RequestBoundsTest {

  @Test
  void aTeamOrPartyIdLongerThanTwoHundredCharactersIsRefused() {
    problem(put("/api/v1/teams/" + "t".repeat(201), team("運用チーム")), "id");
    problem(put("/api/v1/parties/" + "p".repeat(201), party("鈴木 花子")), "id");
  }

  @Test
  void aNameLongerThanFiveHundredCharactersIsRefusedInTheDirectory() {
    problem(put("/api/v1/teams/t-bounds", team("運".repeat(501))), "name");
    problem(put("/api/v1/parties/p-bounds", party("鈴".repeat(501))), "name");
    ObjectNode aliased = party("鈴木 花子");
    aliased.putArray("aliases").add("す".repeat(501));
    problem(put("/api/v1/parties/p-bounds", aliased), "aliases[0]");
  }

  @Test
  void aPersonsNoteLongerThanTenThousandCharactersIsRefused() {
    String body =
        Stories.JSON
            .createObjectNode()
            .put("by", "s-ikumi")
            .put("note", "n".repeat(10_001))
            .toString();
    problem(post("/api/v1/alerts/a-none/acknowledge", body), "note");
    problem(post("/api/v1/alerts/a-none/resolve", body), "note");
  }

  @Test
  void aLimitThatIsNoNumberIsRefusedNamingIt() {
    problem(given().get("/api/v1/alerts?limit=abc").then(), "limit");
  }

  @Test
  void aScenarioPartyBeyondABoundIsRefusedNamingItsIndex() {
    ObjectNode scenario = Stories.story();
    ((ObjectNode) scenario.get("parties").get(1)).put("name", "鈴".repeat(501));
    problem(post("/api/v1/scenarios/run", scenario.toString()), "parties[1].name");
  }

  @Test
  void aScenarioEventBeyondABoundIsRefusedNamingItsIndexButItsTimeMayLieAhead() {
    ObjectNode scenario = Stories.story();
    ((ObjectNode) scenario.get("events").get(0)).put("id", "e".repeat(201));
    post("/api/v1/scenarios/run", scenario.toString())
        .statusCode(400)
        .body("errors.field", hasItem("id"))
        .body("errors.index", hasItem(0));

    ObjectNode ahead = Stories.story();
    ((ObjectNode) ahead.get("events").get(0)).put("time", "2031-01-06T10:00:00+09:00");
    post("/api/v1/scenarios/run", ahead.toString()).statusCode(200);
  }

  private static ObjectNode team(String name) {
    return Stories.JSON.createObjectNode().put("name", name).put("manager", "s-ikumi");
  }

  private static ObjectNode party(String name) {
    return Stories.JSON.createObjectNode().put("kind", "end-user").put("name", name);
  }

  private static ValidatableResponse put(String path, ObjectNode body) {
    return given().contentType(ContentType.JSON).body(body.toString()).put(path).then();
  }

  private static ValidatableResponse post(String path, String body) {
    return given().contentType(ContentType.JSON).body(body).post(path).then();
  }

  private static void problem(ValidatableResponse response, String field) {
    response
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors[0].field", equalTo(field));
  }
}
