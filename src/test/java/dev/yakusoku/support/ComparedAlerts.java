package dev.yakusoku.support;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Alerts as contract section 1's arrival-order invariant compares the live feed with a scenario
 * run: type, dedup key, first raised, resolved or not, and evidence (as a set), in one order.
 */
public final class ComparedAlerts {
  private ComparedAlerts() {}

  /** Every alert of the live feed. */
  public static List<Map<String, Object>> feed() {
    return canonical(
        given().get("/api/v1/alerts?limit=5000").then().statusCode(200).extract().jsonPath());
  }

  /** The alerts of a scenario run of {@code scenario} (a body of {@code /api/v1/scenarios/run}). */
  public static List<Map<String, Object>> scenario(ObjectNode scenario) {
    return canonical(
        given()
            .contentType(ContentType.JSON)
            .body(scenario.toString())
            .post("/api/v1/scenarios/run")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .setRootPath("alerts"));
  }

  /** Those not resolved. */
  public static List<Map<String, Object>> unresolved(List<Map<String, Object>> alerts) {
    return alerts.stream().filter(a -> !a.get("state").equals("resolved")).toList();
  }

  /** What an alert's raising is known by: type, dedup key and first raised. */
  public static String raising(Map<String, Object> alert) {
    return alert.get("type") + " " + alert.get("dedupKey") + " @" + alert.get("firstRaisedAt");
  }

  private static List<Map<String, Object>> canonical(JsonPath alerts) {
    List<Map<String, Object>> list = alerts.getList("");
    return list.stream()
        .map(
            a ->
                Map.<String, Object>of(
                    "type", a.get("type"),
                    "dedupKey", a.get("dedupKey"),
                    "firstRaisedAt", a.get("firstRaisedAt"),
                    "state", "resolved".equals(a.get("state")) ? "resolved" : "open",
                    "evidence", new TreeSet<>((List<?>) a.get("evidence"))))
        .sorted((x, y) -> raising(x).compareTo(raising(y)))
        .toList();
  }
}
