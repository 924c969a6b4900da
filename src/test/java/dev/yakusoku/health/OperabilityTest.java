package dev.yakusoku.health;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import dev.yakusoku.support.LiveService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Probes, metrics and the API description a platform and its operators rely on, open without
 * credentials.
 */
@QuarkusTest
class OperabilityTest {
  @Inject LiveService live;

  @Test
  void readinessSaysTheRuleSetIsLoadedAndTheDatabaseAnswers() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("rule-set"))
        .body("checks.find { it.name == 'rule-set' }.data.version", startsWith("rs-"))
        .body("checks.name", hasItem(containsString("Database")));
    given().get("/q/health/live").then().statusCode(200);
  }

  @Test
  void metricsCountAcceptedEventsRaisedAlertsFiringsAndEngineLag() {
    live.resetAt("2026-11-26T09:59:00+09:00");
    live.putStoryDirectory();
    live.postStoryEvents("e1", "e2", "e3", "e4");

    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () ->
                given()
                    .get("/q/metrics")
                    .then()
                    .body(
                        containsString(
                            "yakusoku_alerts_raised_total{type=\"DUPLICATE_ESCALATION\"}")));
    given()
        .get("/q/metrics")
        .then()
        .body(containsString("yakusoku_events_accepted_total"))
        .body(containsString("yakusoku_rules_fired_total"))
        .body(containsString("yakusoku_engine_lag_seconds"));
  }

  @Test
  void theApiIsDescribedInOpenApi() {
    given()
        .get("/q/openapi?format=json")
        .then()
        .statusCode(200)
        .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/events"))
        .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/scenarios/run"));
  }
}
