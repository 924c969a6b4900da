package dev.yakusoku.backtest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import dev.yakusoku.rules.LiveRuleSet;
import dev.yakusoku.support.LiveService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A draft rule set against the live one over the story's stored history: the diff is asserted
 * exactly, and nothing live is touched.
 */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "rule-author", "admin"})
class BacktestTest {
  private static final String FROM = "2026-11-26T00:00:00+09:00";
  private static final String TO = "2026-12-03T00:00:00+09:00";

  /** Flags urgent matters: an alert only the draft raises. */
  private static final String URGENT =
      """
      package rules;

      import dev.yakusoku.facts.*;

      rule "An urgent matter is flagged when it opens"
      when
          $m : Matter( urgent )
      then
          insert( AlertDraft.of( "URGENT_MATTER", AlertDraft.WARNING, $m.getOpenedAt(), drools.getRule().getName() )
              .on( $m )
              .key( "URGENT_MATTER:" + $m.getId() )
              .summary( "An urgent matter was opened." )
              .evidence( $m.getRef() ) );
      end
      """;

  @Inject LiveService live;

  @BeforeEach
  void theStoryIsStored() {
    live.resetAt("2026-11-26T09:59:00+09:00");
    live.putStoryDirectory();
    live.postStoryEvents("e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8", "e9");
    live.clock().set("2026-12-02T09:00:00+09:00");
    live.awaitAlerts("matter=M-1&state=open", 2); // the live engine has judged the story
  }

  @Test
  void theDiffNamesAlertsOnlyTheDraftRaisesOnlyTheLiveSetRaisesAndThoseRaisedAtOtherTimes() {
    Map<String, String> draft = new TreeMap<>(LiveRuleSet.readDrl(Path.of("rules")));
    draft.remove("escalations.drl");
    draft.put("urgent.drl", URGENT);
    draft.put(
        "dependencies.drl",
        draft
            .get("dependencies.drl")
            .replace("Now( $now : epochNanos )", "$clock : Now( $now : epochNanos )")
            .replace(
                "$w.getFollowUpDue(), drools.getRule().getName()",
                "$clock.getTime(), drools.getRule().getName()"));
    int liveAlertsBefore =
        given().get("/api/v1/alerts").then().extract().jsonPath().getList("$").size();

    String id =
        start(draft)
            .statusCode(202)
            .header("Location", containsString("/api/v1/rules/backtest/bt-"))
            .extract()
            .path("id");
    ValidatableResponse done = awaitDone(id);

    done.body("replayed", equalTo(9))
        .body("total", equalTo(9))
        .body("result.counts.draft", equalTo(2))
        .body("result.counts.live", equalTo(2))
        .body("result.counts.same", equalTo(0))
        .body("result.counts.onlyDraft", equalTo(1))
        .body("result.counts.onlyLive", equalTo(1))
        .body("result.counts.raisedAtDifferentTimes", equalTo(1))
        .body("result.onlyDraft[0].type", equalTo("URGENT_MATTER"))
        .body("result.onlyDraft[0].firstRaisedAt", equalTo("2026-11-26T10:00:00+09:00"))
        .body("result.onlyLive[0].type", equalTo("DUPLICATE_ESCALATION"))
        .body("result.onlyLive[0].firstRaisedAt", equalTo("2026-11-26T10:12:00+09:00"))
        .body("result.raisedAtDifferentTimes", hasSize(1))
        .body("result.raisedAtDifferentTimes[0].type", equalTo("STALLED_DEPENDENCY"))
        .body("result.raisedAtDifferentTimes[0].liveRaisedAt", equalTo("2026-11-30T11:10:00+09:00"))
        .body(
            "result.raisedAtDifferentTimes[0].draftRaisedAt", equalTo("2026-12-03T00:00:00+09:00"))
        .body("result.perRule", hasSize(3))
        .body(
            "result.perRule.find { it.rule == 'An urgent matter is flagged when it opens' }.onlyDraft",
            equalTo(1))
        .body(
            "result.perRule.find { it.rule == 'A party outside the company escalates a matter again while a promise on it is open' }.onlyLive",
            equalTo(1))
        .body(
            "result.perRule.find { it.rule == 'A wait passes its follow-up deadline with nothing from the party' }.raisedAtDifferentTimes",
            equalTo(1));
    given().get("/api/v1/alerts").then().body("$", hasSize(liveAlertsBefore));
  }

  @Test
  void theLiveRulesAsDraftDifferInNothing() {
    String id = start(LiveRuleSet.readDrl(Path.of("rules"))).statusCode(202).extract().path("id");

    awaitDone(id)
        .body("result.counts.same", equalTo(2))
        .body("result.counts.onlyDraft", equalTo(0))
        .body("result.counts.onlyLive", equalTo(0))
        .body("result.counts.raisedAtDifferentTimes", equalTo(0));
  }

  @Test
  void aRangeLongerThanTheBoundIsRefusedNamingTo() {
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "rules",
                Map.of("a.drl", "package rules;"),
                "from",
                FROM,
                "to",
                "2027-06-01T00:00:00+09:00"))
        .post("/api/v1/rules/backtest")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("to"))
        .body("errors[0].message", containsString("P92D"));
  }

  @Test
  void aDraftThatDoesNotCompileIsAnsweredWithFileAndLine() {
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "rules",
                Map.of("bad.drl", "package rules;\nrule \"x\" when\n  NoSuch()\nthen end"),
                "from",
                FROM,
                "to",
                TO))
        .post("/api/v1/rules/backtest")
        .then()
        .statusCode(400)
        .body("errors[0].file", equalTo("bad.drl"))
        .body("errors[0].line", greaterThan(0));
  }

  @Test
  void aRequestWithoutRulesOrTimesNamesEachField() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("from", "yesterday"))
        .post("/api/v1/rules/backtest")
        .then()
        .statusCode(400)
        .body("errors.field", equalTo(List.of("rules", "from", "to")));
  }

  @Test
  void anUnknownBacktestIsNotFound() {
    given().get("/api/v1/rules/backtest/bt-nothing").then().statusCode(404);
  }

  private static ValidatableResponse start(Map<String, String> rules) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("rules", rules, "from", FROM, "to", TO))
        .post("/api/v1/rules/backtest")
        .then();
  }

  private static ValidatableResponse awaitDone(String id) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                List.of("done", "failed")
                    .contains(
                        given()
                            .get("/api/v1/rules/backtest/" + id)
                            .then()
                            .extract()
                            .path("state")));
    return given()
        .get("/api/v1/rules/backtest/" + id)
        .then()
        .statusCode(200)
        .body("state", equalTo("done"))
        .body("draftVersion", startsWith("rs-"));
  }
}
