package dev.yakusoku.security;

import static dev.yakusoku.support.ScenarioBuilder.scenario;
import static dev.yakusoku.support.ScenarioBuilder.thursday;
import static dev.yakusoku.support.SignedIn.ADMIN;
import static dev.yakusoku.support.SignedIn.AUTHOR;
import static dev.yakusoku.support.SignedIn.IKUMI;
import static dev.yakusoku.support.SignedIn.INGEST;
import static dev.yakusoku.support.SignedIn.KEY_CLIENT;
import static dev.yakusoku.support.SignedIn.SATO_K;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yakusoku.support.LiveService;
import dev.yakusoku.support.SignedIn;
import dev.yakusoku.support.Stories;
import dev.yakusoku.support.TestClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may call what, over real HTTP Basic against the development users and with the development
 * machine client's API key: each endpoint group for each role, allowed and refused, and a manager's
 * view of alerts narrowed to their own teams.
 */
@QuarkusTest
class AccessControlTest {
  private static final String OPS_ALERT = "type=DUPLICATE_ESCALATION";
  private static final String FRONT_ALERT = "type=UNROUTED_CONTACT";

  @Inject LiveService live;

  @TestHTTPResource("/api/v1/alerts/stream")
  URI stream;

  /** One request of each protected endpoint group, harmless whoever is let through. */
  private record Call(String method, String path, String body) {
    int status(RequestSpecification request) {
      RequestSpecification r = request.contentType(ContentType.JSON);
      if (body != null) {
        r = r.body(body);
        if (path.equals("/api/v1/events")) {
          TestClock.reachTimesOf(body);
        }
      }
      return r.request(method, path).statusCode();
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  private static final Call EVENTS =
      new Call("POST", "/api/v1/events", Stories.event("e1").toString());
  private static final Call ALERTS = new Call("GET", "/api/v1/alerts", null);
  private static final Call ALERT = new Call("GET", "/api/v1/alerts/a-none", null);
  private static final Call STORY = new Call("GET", "/api/v1/alerts/a-none/story", null);
  private static final Call STREAM = new Call("GET", "/api/v1/alerts/stream", null);
  private static final Call ACKNOWLEDGE =
      new Call("POST", "/api/v1/alerts/a-none/acknowledge", "{\"by\": \"s-ikumi\"}");
  private static final Call RESOLVE =
      new Call("POST", "/api/v1/alerts/a-none/resolve", "{\"by\": \"s-ikumi\"}");
  private static final Call SNOOZE =
      new Call("POST", "/api/v1/alerts/a-none/snooze", snoozeBody(IKUMI));
  private static final Call RULES = new Call("GET", "/api/v1/rules", null);
  private static final Call RELOAD = new Call("POST", "/api/v1/rules/reload", null);
  private static final Call VERSIONS = new Call("GET", "/api/v1/rules/versions", null);
  private static final Call VALIDATE =
      new Call("POST", "/api/v1/rules/validate", "{\"a.drl\": \"package rules;\"}");
  private static final Call BACKTEST = new Call("POST", "/api/v1/rules/backtest", "{}");
  private static final Call BACKTEST_JOB = new Call("GET", "/api/v1/rules/backtest/b-none", null);
  private static final Call QUALITY = new Call("GET", "/api/v1/rules/quality", null);
  private static final Call SCENARIO =
      new Call("POST", "/api/v1/scenarios/run", Stories.story().toString());
  private static final Call TEAMS = new Call("GET", "/api/v1/teams", null);
  private static final Call PUT_TEAM =
      new Call(
          "PUT", "/api/v1/teams/t-ops", "{\"name\": \"Operations 2\", \"manager\": \"s-ikumi\"}");
  private static final Call PARTIES = new Call("GET", "/api/v1/parties", null);
  private static final Call RECEIVERS = new Call("GET", "/api/v1/receivers", null);

  private static final List<Call> ALERT_CALLS = List.of(ALERTS, ALERT, STORY, STREAM);
  private static final List<Call> ACTIONS = List.of(ACKNOWLEDGE, RESOLVE, SNOOZE);
  private static final List<Call> RULE_CALLS =
      List.of(RULES, RELOAD, VERSIONS, VALIDATE, BACKTEST, BACKTEST_JOB, QUALITY, SCENARIO);
  private static final List<Call> DIRECTORY = List.of(TEAMS, PUT_TEAM, PARTIES, RECEIVERS);

  @BeforeEach
  void twoTeamsEachWithAnAlert() {
    live.resetAt("2026-11-26T09:59:00+09:00");
    live.putStoryDirectory();
  }

  @Test
  void withoutCredentialsEveryApiGroupAnswers401() {
    List<Call> all =
        Stream.of(List.of(EVENTS), ALERT_CALLS, ACTIONS, RULE_CALLS, DIRECTORY)
            .flatMap(List::stream)
            .toList();
    for (Call call : all) {
      assertThat(call.status(given())).as(call.toString()).isEqualTo(401);
    }
  }

  @Test
  void aWrongPasswordIsRefusedWith401() {
    given().auth().preemptive().basic(IKUMI, "guess").get("/api/v1/alerts").then().statusCode(401);
    given().auth().preemptive().basic("nobody", "x").get("/api/v1/alerts").then().statusCode(401);
  }

  @Test
  void healthMetricsOpenApiAndThePageAssetsNeedNoLogin() {
    for (String open :
        List.of(
            "/q/health/ready",
            "/q/health/live",
            "/q/metrics",
            "/q/openapi",
            "/",
            "/feed.js",
            "/feed.css")) {
      assertThat(given().get(open).statusCode()).as(open).isEqualTo(200);
    }
    given().get("/api/v1/session").then().statusCode(200).body("user", nullValue());
  }

  @Test
  void theSessionNamesTheUserAndTheTeamsWhoseAlertsTheySee() {
    SignedIn.as(SATO_K)
        .get("/api/v1/session")
        .then()
        .statusCode(200)
        .body("user", equalTo(SATO_K))
        .body("name", equalTo("佐藤 健一"))
        .body("roles", contains("manager"))
        .body("teams.id", contains("t-front", "t-sales"))
        .body("teams.name", contains("Front desk", "Sales"))
        .body("teams.managerName", everyItem(equalTo("佐藤 健一")));
    SignedIn.as(ADMIN)
        .get("/api/v1/session")
        .then()
        .body("teams.id", contains("t-front", "t-ops", "t-sales"));
    SignedIn.as(INGEST).get("/api/v1/session").then().body("teams", equalTo(List.of()));
  }

  @Test
  void ingestMayPostEventsAndNothingElse() {
    assertThat(EVENTS.status(SignedIn.as(INGEST))).isEqualTo(202);
    assertRefused(INGEST, ALERT_CALLS, ACTIONS, RULE_CALLS, DIRECTORY);
  }

  @Test
  void aMachineClientWithAnIngestKeyMayPostEventsAndNothingElse() {
    assertThat(EVENTS.status(SignedIn.as(KEY_CLIENT))).isEqualTo(202);
    assertRefused(KEY_CLIENT, ALERT_CALLS, ACTIONS, RULE_CALLS, DIRECTORY);
    SignedIn.as(KEY_CLIENT)
        .get("/api/v1/session")
        .then()
        .body("user", equalTo(KEY_CLIENT))
        .body("roles", contains("ingest"));
  }

  @Test
  void aManagerListsOnlyTheirTeamsAlerts() {
    raiseOneAlertForOpsAndOneForTheFrontDesk();

    SignedIn.as(IKUMI).get("/api/v1/alerts").then().body("team", contains("t-ops"));
    SignedIn.as(IKUMI)
        .get("/api/v1/alerts?team=t-front")
        .then()
        .statusCode(200)
        .body("$", equalTo(List.of()));
    SignedIn.as(SATO_K).get("/api/v1/alerts").then().body("team", contains("t-front"));
  }

  @Test
  void anotherTeamsAlertAndItsStoryAnswer404ToAManagerAsIfItDidNotExist() {
    String ops = raiseOneAlertForOpsAndOneForTheFrontDesk();
    String front = idOf(FRONT_ALERT);

    SignedIn.as(IKUMI).get("/api/v1/alerts/" + ops).then().statusCode(200);
    SignedIn.as(IKUMI).get("/api/v1/alerts/" + ops + "/story").then().statusCode(200);
    SignedIn.as(IKUMI).get("/api/v1/alerts/" + front).then().statusCode(404);
    SignedIn.as(IKUMI).get("/api/v1/alerts/" + front + "/story").then().statusCode(404);
    SignedIn.as(SATO_K).get("/api/v1/alerts/" + ops).then().statusCode(404);
    SignedIn.as(SATO_K).get("/api/v1/alerts/" + ops + "/story").then().statusCode(404);
  }

  @Test
  void aManagerActsOnlyOnTheirTeamsAlertsAndOnlyUnderTheirOwnId() {
    String ops = raiseOneAlertForOpsAndOneForTheFrontDesk();

    act(SATO_K, ops, "acknowledge", SATO_K).then().statusCode(404);
    act(SATO_K, ops, "resolve", SATO_K).then().statusCode(404);
    act(IKUMI, ops, "acknowledge", SATO_K).then().statusCode(403);
    SignedIn.as(ADMIN).get("/api/v1/alerts/" + ops).then().body("state", equalTo("open"));

    act(IKUMI, ops, "acknowledge", IKUMI)
        .then()
        .statusCode(200)
        .body("acknowledgedBy", equalTo(IKUMI));
    act(IKUMI, ops, "resolve", IKUMI).then().statusCode(200).body("resolvedBy", equalTo(IKUMI));
  }

  @Test
  void aManagerSnoozesOnlyTheirTeamsAlertsAndOnlyUnderTheirOwnId() {
    String ops = raiseOneAlertForOpsAndOneForTheFrontDesk();

    snooze(SATO_K, ops, SATO_K).then().statusCode(404);
    snooze(IKUMI, ops, SATO_K).then().statusCode(403);
    snooze(ADMIN, ops, ADMIN).then().statusCode(403);
    assertThat(SNOOZE.status(SignedIn.as(INGEST))).isEqualTo(403);
    assertThat(SNOOZE.status(SignedIn.as(AUTHOR))).isEqualTo(403);
    SignedIn.as(ADMIN).get("/api/v1/alerts/" + ops).then().body("state", equalTo("open"));

    snooze(IKUMI, ops, IKUMI)
        .then()
        .statusCode(200)
        .body("state", equalTo("snoozed"))
        .body("snoozedBy", equalTo(IKUMI));
  }

  @Test
  void aManagerMayNotPostEventsTouchRulesOrReadTheDirectory() {
    assertThat(EVENTS.status(SignedIn.as(IKUMI))).isEqualTo(403);
    assertRefused(IKUMI, RULE_CALLS, DIRECTORY);
  }

  @Test
  void aRuleAuthorCompilesAndRunsRulesButReadsNoAlertsNorTheDirectory() {
    for (Call call : List.of(RULES, VERSIONS, VALIDATE, QUALITY, SCENARIO)) {
      assertThat(call.status(SignedIn.as(AUTHOR))).as(call.toString()).isEqualTo(200);
    }
    assertThat(BACKTEST_JOB.status(SignedIn.as(AUTHOR))).isEqualTo(404);
    assertThat(EVENTS.status(SignedIn.as(AUTHOR))).isEqualTo(403);
    assertRefused(AUTHOR, ALERT_CALLS, ACTIONS, DIRECTORY);
  }

  @Test
  void anAdminKeepsTheDirectoryAndReadsEveryAlertButActsOnNoneAndRunsNoRules() {
    String ops = raiseOneAlertForOpsAndOneForTheFrontDesk();

    assertThat(PUT_TEAM.status(SignedIn.as(ADMIN))).isEqualTo(200);
    SignedIn.as(ADMIN).get("/api/v1/teams").then().statusCode(200).body("id", hasItems("t-ops"));
    SignedIn.as(ADMIN)
        .get("/api/v1/parties?q=佐藤")
        .then()
        .statusCode(200)
        .body("id", hasItems(IKUMI, SATO_K));
    SignedIn.as(ADMIN)
        .get("/api/v1/alerts")
        .then()
        .body("team", containsInAnyOrder("t-ops", "t-front"));
    SignedIn.as(ADMIN).get("/api/v1/alerts/" + ops + "/story").then().statusCode(200);
    act(ADMIN, ops, "acknowledge", ADMIN).then().statusCode(403);
    assertThat(EVENTS.status(SignedIn.as(ADMIN))).isEqualTo(403);
    assertRefused(ADMIN, RULE_CALLS);
  }

  @Test
  void theStreamSendsEachManagerOnlyTheirTeamsAlerts() throws Exception {
    List<String> ikumiSees = listen(IKUMI);
    List<String> satoSees = listen(SATO_K);

    String ops = raiseOneAlertForOpsAndOneForTheFrontDesk();
    await().atMost(Duration.ofSeconds(15)).until(() -> teamsIn(satoSees).contains("t-front"));
    // Each stream is in order: had the front desk's alert gone to her, it would come before this.
    act(IKUMI, ops, "acknowledge", IKUMI).then().statusCode(200);
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> ikumiSees.stream().anyMatch(line -> line.contains("\"acknowledged\"")));

    assertThat(teamsIn(ikumiSees)).containsExactly("t-ops", "t-ops");
    assertThat(teamsIn(satoSees)).containsExactly("t-front");
  }

  /** The open streams in this test, listened to until the test's client is collected. */
  private final HttpClient client = HttpClient.newHttpClient();

  private List<String> listen(String user) throws Exception {
    List<String> lines = new CopyOnWriteArrayList<>();
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (user + ":" + DevelopmentCredentialsCheck.DEVELOPMENT_PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
    CompletableFuture<HttpResponse<Stream<String>>> response =
        client.sendAsync(
            HttpRequest.newBuilder(stream)
                .header("Accept", "text/event-stream")
                .header("Authorization", "Basic " + basic)
                .build(),
            HttpResponse.BodyHandlers.ofLines());
    response.thenAccept(r -> r.body().forEach(lines::add));
    await().atMost(Duration.ofSeconds(10)).until(response::isDone);
    assertThat(response.get().statusCode()).as("stream of " + user).isEqualTo(200);
    return lines;
  }

  private static List<String> teamsIn(List<String> lines) {
    return lines.stream()
        .filter(line -> line.startsWith("data:"))
        .map(line -> json(line.substring("data:".length())).path("team").asText())
        .toList();
  }

  /** The story's duplicate escalation for t-ops, then a main-line call only the front desk took. */
  private String raiseOneAlertForOpsAndOneForTheFrontDesk() {
    live.postStoryEvents("e1", "e2", "e3", "e4");
    live.awaitAlerts(OPS_ALERT, 1);
    live.post(
        json(scenario()
                .mainLineCall(
                    thursday("10:15"), "s-nakamura", "タナカ", "08011112222", null, "reached")
                .id("front-1")
                .body())
            .get("events"));
    live.awaitAlerts(FRONT_ALERT, 1).body("team", contains("t-front"));
    return idOf(OPS_ALERT);
  }

  private static String idOf(String query) {
    return SignedIn.as(ADMIN).get("/api/v1/alerts?" + query).path("[0].id");
  }

  private static io.restassured.response.Response act(
      String user, String alert, String action, String by) {
    return post(user, alert, action, "{\"by\": \"" + by + "\"}");
  }

  private static io.restassured.response.Response snooze(String user, String alert, String by) {
    return post(user, alert, "snooze", snoozeBody(by));
  }

  private static io.restassured.response.Response post(
      String user, String alert, String action, String body) {
    return SignedIn.as(user)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/alerts/" + alert + "/" + action);
  }

  /** A snooze by {@code by} until noon of the story's day. */
  private static String snoozeBody(String by) {
    return "{\"by\": \"" + by + "\", \"until\": \"2026-11-26T12:00:00+09:00\"}";
  }

  @SafeVarargs
  private static void assertRefused(String user, List<Call>... groups) {
    for (List<Call> group : groups) {
      for (Call call : group) {
        assertThat(call.status(SignedIn.as(user))).as(user + ": " + call).isEqualTo(403);
      }
    }
  }

  private static JsonNode json(String text) {
    try {
      return Stories.JSON.readTree(text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
