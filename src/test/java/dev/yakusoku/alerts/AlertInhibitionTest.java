package dev.yakusoku.alerts;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import dev.yakusoku.support.AlertMoments;
import dev.yakusoku.support.LiveService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** While a matter's promise is broken, its lesser alerts give way to the broken promise's. */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "rule-author", "admin"})
class AlertInhibitionTest {
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
        .body("[0].resolution", containsString("inhibited"))
        .body("[0].resolution", containsString(broken));
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
