package dev.yakusoku.rules;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yakusoku.support.LiveService;
import dev.yakusoku.support.RulesFolderCopy;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reloading the rules folder on demand: only a rule set that compiles and passes its own rule tests
 * goes live, the engine keeps its open promises across the swap, and every live set is versioned.
 */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "rule-author", "admin"})
@TestProfile(EditableRulesProfile.class)
class RulesReloadTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject LiveService live;

  @ConfigProperty(name = "yakusoku.rules.path")
  String folder;

  private String shippedVersion;

  @BeforeEach
  void shippedRulesLive() {
    RulesFolderCopy.restore(Path.of(folder));
    given().post("/api/v1/rules/reload").then().statusCode(200);
    shippedVersion = given().get("/api/v1/rules").then().extract().path("version");
    live.resetAt("2026-11-26T10:00:00+09:00");
    live.putStoryDirectory();
  }

  @Test
  void aReloadChangesBehaviourMidStreamAndAPromiseOpenedBeforeStillBreaksAfter() {
    live.post(matterOpened("e1", "M-1", "c-yamada"));
    live.post(promiseMade("e2", "M-1", "PT2H"));
    RulesFolderCopy.write(Path.of(folder), "watched.drl", RuleSnippets.WATCHED_CLIENT);

    String version =
        given()
            .post("/api/v1/rules/reload")
            .then()
            .statusCode(200)
            .body("outcome", equalTo("loaded"))
            .body("version", not(equalTo(shippedVersion)))
            .body("errors", hasSize(0))
            .body("tests.passed", not(hasItem(false)))
            .extract()
            .path("version");
    live.post(matterOpened("e3", "M-2", "c-watched"));
    live.awaitAlerts("type=WATCHED_CLIENT&matter=M-2", 1).body("[0].ruleSet", equalTo(version));

    live.clock().set("2026-11-26T12:00:01+09:00");

    live.awaitAlerts("type=BROKEN_PROMISE&matter=M-1", 1)
        .body("[0].firstRaisedAt", equalTo("2026-11-26T12:00:00+09:00"))
        .body("[0].ruleSet", equalTo(version));
  }

  @Test
  void aRuleSetThatDoesNotCompileIsRejectedWithFileAndLineAndTheLastGoodOneStaysLive() {
    RulesFolderCopy.write(Path.of(folder), "broken.drl", RuleSnippets.BROKEN);

    given()
        .post("/api/v1/rules/reload")
        .then()
        .statusCode(200)
        .body("outcome", equalTo("rejected"))
        .body("version", equalTo(shippedVersion))
        .body("errors[0].file", equalTo("broken.drl"))
        .body("errors[0].line", greaterThan(0))
        .body("errors[0].message", containsString("NoSuchFact"));
    given()
        .get("/api/v1/rules")
        .then()
        .body("version", equalTo(shippedVersion))
        .body("errors.file", hasItem("broken.drl"));
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("checks.find { it.name == 'rule-set' }.data.errors", containsString("broken.drl"));
    given()
        .get("/q/metrics")
        .then()
        .body(containsString("yakusoku_rules_errors "))
        .body(containsString("yakusoku_rules_loads_total{outcome=\"rejected\"}"));

    live.post(matterOpened("e1", "M-1", "c-yamada"));
    live.post(promiseMade("e2", "M-1", "PT2H"));
    live.clock().set("2026-11-26T12:00:01+09:00");
    live.awaitAlerts("type=BROKEN_PROMISE&matter=M-1", 1)
        .body("[0].ruleSet", equalTo(shippedVersion));
  }

  @Test
  void aRuleSetWhoseRuleTestsFailIsRejectedNamingTheTestAndTheAlertsSideBySide() {
    RulesFolderCopy.write(Path.of(folder), "noisy.drl", RuleSnippets.NOISY);

    given()
        .post("/api/v1/rules/reload")
        .then()
        .statusCode(200)
        .body("outcome", equalTo("rejected"))
        .body("version", equalTo(shippedVersion))
        .body("candidate", not(equalTo(shippedVersion)))
        .body("errors.file", hasItem("tests/promises.yaml"))
        .body("errors.message", hasItem(containsString("NOISE on M-1")))
        .body(
            "tests.find { it.file == 'tests/promises.yaml' }.report",
            containsString("nothing else"));
    given().get("/api/v1/rules").then().body("version", equalTo(shippedVersion));
  }

  @Test
  void everyRuleSetThatWentLiveIsListedNewestFirstWithItsFiles() {
    RulesFolderCopy.write(Path.of(folder), "watched.drl", RuleSnippets.WATCHED_CLIENT);
    String version = given().post("/api/v1/rules/reload").then().extract().path("version");

    given()
        .get("/api/v1/rules/versions")
        .then()
        .statusCode(200)
        .body("[0].version", equalTo(version))
        .body("[0].live", equalTo(true))
        .body("[0].loadedBy", equalTo("reload"))
        .body("[0].contentHash", notNullValue())
        .body("[0].files", hasItem("watched.drl"))
        .body("[1].live", equalTo(false))
        .body("version", hasItem(shippedVersion));
    given()
        .get("/api/v1/rules/versions/" + version)
        .then()
        .statusCode(200)
        .body("contents.'watched.drl'", containsString("watched client"));
    given().get("/api/v1/rules/versions/rs-000000000000").then().statusCode(404);
  }

  @Test
  void reloadingUnchangedRulesKeepsTheVersion() {
    given()
        .post("/api/v1/rules/reload")
        .then()
        .body("outcome", equalTo("unchanged"))
        .body("version", equalTo(shippedVersion));
  }

  private static ObjectNode matterOpened(String id, String matter, String client) {
    return event(
        id,
        "matter.opened",
        matter,
        "2026-11-26T10:00:00+09:00",
        Map.of("client", client, "team", "t-ops", "assignee", "s-aoi", "title", "見積り"));
  }

  private static ObjectNode promiseMade(String id, String matter, String within) {
    return event(
        id,
        "promise.made",
        matter,
        "2026-11-26T10:00:00+09:00",
        Map.of(
            "promiseId", "P-1",
            "madeBy", "s-ikumi",
            "madeTo", "c-yamada",
            "owner", "s-aoi",
            "target", "c-yamada",
            "kind", "contact",
            "within", within));
  }

  private static ObjectNode event(
      String id, String type, String subject, String time, Map<String, String> data) {
    ObjectNode e = JSON.createObjectNode();
    e.put("id", id).put("source", "/reload-test").put("type", type).put("subject", subject);
    e.put("time", time);
    e.set("data", JSON.valueToTree(data));
    return e;
  }
}
