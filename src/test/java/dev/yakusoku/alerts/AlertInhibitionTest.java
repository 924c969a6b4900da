package dev.yakusoku.alerts;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yakusoku.support.AlertMoments;
import dev.yakusoku.support.LiveService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * While a matter's promise is broken, its lesser alerts give way to the broken promise's ({@link
 * Inhibition}), live and across an engine rebuilt from the stored events.
 */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "rule-author", "admin"})
class AlertInhibitionTest {
  private static final String INHIBITED_BY =
      "inhibited: a promise on this matter is broken, see alert ";

  /** Promise P-10, made at 10:50 to reply within an hour, is at risk at 11:35. */
  private static final String AT_RISK_P10 = "2026-11-26T11:35:00+09:00";

  @Inject LiveService live;

  @BeforeEach
  void promiseOfAnHourOnTheStoryMatter() {
    AlertMoments.hourPromiseMadeOnAFreshService(live);
    live.clock().set("2026-11-26T10:50:00+09:00");
    live.awaitAlerts("type=PROMISE_AT_RISK&state=open", 1);
  }

  @Test
  void theBrokenPromiseResolvesItsMattersPromiseAtRiskSayingWhy() {
    live.clock().set("2026-11-26T11:05:00+09:00");
    String broken = live.awaitAlerts("type=BROKEN_PROMISE&state=open", 1).extract().path("[0].id");

    live.awaitAlerts("type=PROMISE_AT_RISK&state=resolved", 1)
        .body("[0].resolvedBy", equalTo("yakusoku"))
        .body("[0].resolvedAt", equalTo("2026-11-26T11:03:00+09:00"))
        .body("[0].resolution", equalTo(INHIBITED_BY + broken));
  }

  @Test
  void aPromiseAtRiskRaisedAfterThePromiseBrokeIsResolvedAtOnce() {
    ObjectNode second = AlertMoments.hourPromise();
    second.put("id", "e3-p10");
    second.put("time", "2026-11-26T10:50:00+09:00");
    ((ObjectNode) second.get("data")).put("promiseId", "P-10");
    live.post(second);
    live.clock().set("2026-11-26T11:05:00+09:00");
    String broken = live.awaitAlerts("type=BROKEN_PROMISE&state=open", 1).extract().path("[0].id");

    live.clock().set("2026-11-26T11:40:00+09:00");

    live.awaitAlerts("type=PROMISE_AT_RISK&state=resolved", 2)
        .body("find { it.dedupKey.endsWith(':P-10') }.firstRaisedAt", equalTo(AT_RISK_P10))
        .body("find { it.dedupKey.endsWith(':P-10') }.resolvedAt", equalTo(AT_RISK_P10))
        .body("find { it.dedupKey.endsWith(':P-10') }.resolvedBy", equalTo("yakusoku"))
        .body("find { it.dedupKey.endsWith(':P-10') }.resolution", equalTo(INHIBITED_BY + broken));
    given().get("/api/v1/alerts?type=PROMISE_AT_RISK&state=open").then().body("$", hasSize(0));
  }

  @Test
  void aDuplicateEscalationAfterTheBrokenPromiseIsAttachedToItAndReplaysDoubleNothing() {
    live.clock().set("2026-11-26T11:05:00+09:00");
    String broken = live.awaitAlerts("type=BROKEN_PROMISE&state=open", 1).extract().path("[0].id");

    live.clock().set("2026-11-26T11:10:00+09:00");
    live.post(AlertMoments.clientPressesAgain("e2-again", "2026-11-26T11:10:00+09:00"));
    live.awaitAlert(
        broken,
        alert ->
            alert
                .body("evidence", hasItem("/crm/e2-again"))
                .body("notes", hasItem(startsWith("a duplicate escalation"))));

    live.restartEngine();

    await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              given().get("/api/v1/alerts?type=DUPLICATE_ESCALATION").then().body("$", hasSize(0));
              given().get("/api/v1/alerts?type=PROMISE_AT_RISK").then().body("$", hasSize(1));
              given()
                  .get("/api/v1/alerts?type=BROKEN_PROMISE")
                  .then()
                  .body("id", equalTo(List.of(broken)))
                  .body("[0].occurrences", equalTo(1))
                  .body(
                      "[0].notes.findAll { it.startsWith('a duplicate escalation') }", hasSize(1));
            });
  }
}
