package dev.yakusoku.alerts;

import static dev.yakusoku.support.ScenarioBuilder.ASSIGNEE;
import static dev.yakusoku.support.ScenarioBuilder.CLIENT;
import static dev.yakusoku.support.ScenarioBuilder.END_USER;
import static dev.yakusoku.support.ScenarioBuilder.MANAGER;
import static dev.yakusoku.support.ScenarioBuilder.scenario;
import static dev.yakusoku.support.ScenarioBuilder.thursday;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yakusoku.support.LiveService;
import dev.yakusoku.support.ScenarioBuilder;
import dev.yakusoku.support.Stories;
import dev.yakusoku.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Verdicts on alerts and alert quality per rule. Unless said otherwise, matters of team
 * t-ops and Q-5 of team t-sales each carry a promise made at 09:00 on Thursday to reach u-suzuki by
 * 10:00; at 10:01 (wall clock) each has raised its at-risk alert (first raised 09:45) and its
 * broken-promise alert (first raised 10:00), which resolves the at-risk one (inhibition), and late
 * word resolves the broken promise of Q-4. A person's act on an inhibited alert keeps only its
 * verdict.
 */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "rule-author", "admin"})
class RuleQualityTest {
  private static final String QUALITY = "/api/v1/rules/quality";
  private static final String AT_RISK = "PROMISE_AT_RISK";
  private static final String BROKEN = "BROKEN_PROMISE";
  private static final String AT_RISK_RULE =
      "A promise is at risk once most of its window has passed unkept";
  private static final String BROKEN_RULE = "A promise passes its due time unkept";

  @Inject LiveService live;
  @Inject TestClock clock;

  @BeforeEach
  void freshService() {
    live.resetAt(thursday("09:00"));
    live.putStoryDirectory();
  }

  @Test
  void figuresPerRuleCountPeoplesActsVerdictsAndTheMedianWaitForAcknowledgement() {
    fivePromisesBrokenAtTenAndQ4ResolvedByLateWord();
    act("10:06", "acknowledge", alertOf("Q-1", AT_RISK), Verdict.NOISE);
    act("10:11", "acknowledge", alertOf("Q-1", BROKEN), Verdict.NOISE);
    act("10:16", "acknowledge", alertOf("Q-2", AT_RISK), Verdict.NOISE);
    act("10:21", "acknowledge", alertOf("Q-3", BROKEN), null);
    act("10:31", "resolve", alertOf("Q-2", BROKEN), Verdict.NOISE);
    act("11:00", "resolve", alertOf("Q-1", BROKEN), Verdict.USEFUL);
    act("11:00", "resolve", alertOf("Q-3", BROKEN), Verdict.USEFUL);

    assertThat(quality(Map.of("team", "t-ops")))
        .containsExactly(
            new RuleQualityView(AT_RISK_RULE, AT_RISK, 4, 4, 0, 0, 2, 1.0, null),
            new RuleQualityView(BROKEN_RULE, BROKEN, 4, 4, 3, 2, 1, 1.0 / 3, "PT20M"));
  }

  @Test
  void aRuleWithoutVerdictsOrAcknowledgementsHasNoNoiseShareAndNoMedian() {
    fivePromisesBrokenAtTenAndQ4ResolvedByLateWord();
    act("10:06", "acknowledge", alertOf("Q-1", BROKEN), Verdict.USEFUL);

    assertThat(quality(Map.of("team", "t-sales")))
        .containsExactly(
            new RuleQualityView(AT_RISK_RULE, AT_RISK, 1, 1, 0, 0, 0, null, null),
            new RuleQualityView(BROKEN_RULE, BROKEN, 1, 1, 0, 0, 0, null, null));
    given()
        .queryParam("team", "t-sales")
        .get(QUALITY)
        .then()
        .statusCode(200)
        .body("[0]", hasKey("noiseShare"))
        .body("[0].noiseShare", nullValue())
        .body("[0]", hasKey("medianTimeToAcknowledge"))
        .body("[0].medianTimeToAcknowledge", nullValue());
  }

  @Test
  void fromAndToCountOnlyAlertsFirstRaisedInTheirWindow() {
    fivePromisesBrokenAtTenAndQ4ResolvedByLateWord();

    assertThat(quality(Map.of("from", thursday("09:50"))))
        .containsExactly(new RuleQualityView(BROKEN_RULE, BROKEN, 5, 5, 0, 0, 0, null, null));
    assertThat(quality(Map.of("to", thursday("10:00"), "team", "t-ops")))
        .containsExactly(new RuleQualityView(AT_RISK_RULE, AT_RISK, 4, 4, 0, 0, 0, null, null));
    assertThat(quality(Map.of("from", thursday("09:45"), "to", thursday("09:46"))))
        .containsExactly(new RuleQualityView(AT_RISK_RULE, AT_RISK, 5, 5, 0, 0, 0, null, null));
    assertThat(quality(Map.of("from", thursday("10:01")))).isEmpty();
  }

  @Test
  void occurrencesAddUpEveryRaisingOfARulesAlerts() {
    String id = duplicateEscalationOfTheStory();
    ObjectNode again = Stories.event("e2");
    again.put("id", "e2-again").put("time", thursday("10:30"));
    live.post(again);
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () -> given().get("/api/v1/alerts/" + id).then().body("occurrences", equalTo(2)));

    assertThat(quality(Map.of("team", "t-ops")))
        .containsExactly(
            new RuleQualityView(
                "A party outside the company escalates a matter again while a promise on it is open",
                "DUPLICATE_ESCALATION",
                1,
                2,
                0,
                0,
                0,
                null,
                null));
  }

  @Test
  void theVerdictIsShownOnTheAlertAndALaterVerdictReplacesAnEarlierOne() {
    String id = duplicateEscalationOfTheStory();
    given().get("/api/v1/alerts/" + id).then().body("$", hasKey("verdict"));
    given().get("/api/v1/alerts/" + id).then().body("verdict", nullValue());

    act("10:20", "acknowledge", id, Verdict.NOISE).body("verdict", equalTo("noise"));
    act("10:25", "resolve", id, null).body("verdict", equalTo("noise"));
    act("10:30", "resolve", id, Verdict.USEFUL)
        .body("verdict", equalTo("useful"))
        .body("state", equalTo("resolved"))
        .body("acknowledgedBy", equalTo(MANAGER));

    given()
        .get("/api/v1/alerts/" + id)
        .then()
        .body("verdict", equalTo("useful"))
        .body("resolvedAt", equalTo(thursday("10:25")));
  }

  @Test
  void aVerdictOtherThanUsefulOrNoiseIsAnsweredBadRequestNamingVerdict() {
    String id = duplicateEscalationOfTheStory();
    for (String action : new String[] {"acknowledge", "resolve"}) {
      given()
          .contentType(ContentType.JSON)
          .body("{\"by\": \"s-ikumi\", \"verdict\": \"meh\"}")
          .post("/api/v1/alerts/" + id + "/" + action)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors", hasSize(1))
          .body("errors[0].field", equalTo("verdict"));
    }
    given()
        .get("/api/v1/alerts/" + id)
        .then()
        .body("state", equalTo("open"))
        .body("verdict", nullValue());
  }

  @Test
  void aFromThatIsNotAnRfc3339TimestampIsAnsweredBadRequestNamingIt() {
    given()
        .queryParam("from", "yesterday")
        .queryParam("to", thursday("10:00"))
        .get(QUALITY)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors", hasSize(1))
        .body("errors[0].field", equalTo("from"));
  }

  /** See the class comment; answers once all ten alerts are stored and Q-4's two resolved. */
  private void fivePromisesBrokenAtTenAndQ4ResolvedByLateWord() {
    ScenarioBuilder promises = scenario();
    for (String matter : new String[] {"Q-1", "Q-2", "Q-3", "Q-4", "Q-5"}) {
      promises.matterOpened(matter, thursday("09:00"));
      if (matter.equals("Q-5")) {
        promises.with("team", "t-sales");
      }
      promises
          .promise(matter, "P-1", thursday("09:00"), MANAGER, CLIENT)
          .target(END_USER)
          .due(thursday("10:00"));
    }
    live.post(promises.events());
    clock.set(thursday("10:01"));
    live.awaitAlerts("type=BROKEN_PROMISE&state=open", 5);
    live.awaitAlerts("type=PROMISE_AT_RISK&state=resolved", 5);

    live.post(
        scenario()
            .contact("Q-4", thursday("09:50"), ASSIGNEE, END_USER, "reached")
            .id("late-word")
            .events());
    live.awaitAlerts("type=BROKEN_PROMISE&state=open", 4);
    live.awaitAlerts("matter=Q-4&state=resolved", 2);
  }

  /** The story's duplicate escalation of M-1, first raised and stored at 10:12. */
  private String duplicateEscalationOfTheStory() {
    live.postStoryEvents("e1", "e2", "e3", "e4");
    return live.awaitAlerts("type=DUPLICATE_ESCALATION", 1).extract().path("[0].id");
  }

  private ValidatableResponse act(String at, String action, String alertId, String verdict) {
    clock.set(thursday(at));
    ObjectNode body = Stories.JSON.createObjectNode().put("by", MANAGER);
    if (verdict != null) {
      body.put("verdict", verdict);
    }
    return given()
        .contentType(ContentType.JSON)
        .body(body.toString())
        .post("/api/v1/alerts/" + alertId + "/" + action)
        .then()
        .statusCode(200);
  }

  private String alertOf(String matter, String type) {
    return live.awaitAlerts("matter=" + matter + "&type=" + type, 1).extract().path("[0].id");
  }

  private static RuleQualityView[] quality(Map<String, String> query) {
    return given()
        .queryParams(query)
        .get(QUALITY)
        .then()
        .statusCode(200)
        .extract()
        .as(RuleQualityView[].class);
  }
}
