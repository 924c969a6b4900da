package dev.yakusoku.notifications;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract section 7: receivers, kept by an admin, their secrets never answered back. */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"admin"})
class ReceiversTest {
  private static final String PROBLEM = "application/problem+json";

  /** Unique per test: the test database is shared by every test of the run. */
  private String id;

  @BeforeEach
  void uniqueId() {
    id = "r-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aReceiverIsCreatedWith201ReplacedWith200AndReadBackWithoutItsSecret() {
    put("""
            {"kind": "webhook", "teams": ["t-ops"], "severities": ["critical"],
             "url": "https://hooks.example.com/yakusoku", "secret": "s3cret"}""")
        .statusCode(201)
        .body("id", equalTo(id))
        .body("kind", equalTo("webhook"))
        .body("url", equalTo("https://hooks.example.com/yakusoku"))
        .body("$", not(hasKey("secret")));

    put("""
            {"kind": "webhook", "teams": ["t-ops", "t-desk"], "severities": ["critical", "warning"],
             "types": ["PROMISE_BROKEN"], "url": "https://hooks.example.com/other",
             "secret": "s3cret", "workingHoursOnly": true}""")
        .statusCode(200);

    given()
        .get("/api/v1/receivers/" + id)
        .then()
        .statusCode(200)
        .body("teams", contains("t-ops", "t-desk"))
        .body("severities", contains("critical", "warning"))
        .body("types", contains("PROMISE_BROKEN"))
        .body("url", equalTo("https://hooks.example.com/other"))
        .body("workingHoursOnly", equalTo(true))
        .body("digest", equalTo(false))
        .body("$", not(hasKey("secret")));
  }

  @Test
  void aPagerDutyRoutingKeyIsStoredButNeverAnsweredInTheListEither() {
    put("""
            {"kind": "pagerduty", "teams": ["t-ops"], "severities": ["critical"],
             "routingKey": "R0UT1NGKEY"}""")
        .statusCode(201)
        .body("$", not(hasKey("routingKey")));

    given()
        .get("/api/v1/receivers")
        .then()
        .statusCode(200)
        .body("id", hasItem(id))
        .body("find { it.id == '" + id + "' }.routingKey", nullValue())
        .body("find { it.id == '" + id + "' }.kind", equalTo("pagerduty"));
  }

  @Test
  void anEmailReceiverNeedsAnAddressAndEveryAddressMustBeOne() {
    put("""
        {"kind": "email", "teams": ["t-ops"], "severities": ["warning"]}""")
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors.field", hasItem("to"));

    put("""
            {"kind": "email", "teams": ["t-ops"], "severities": ["warning"],
             "to": ["ikumi@example.com", "not an address"]}""")
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors.field", hasItem("to[1]"));
  }

  @Test
  void aBodyBreakingTheContractIsAnswered400NamingEachField() {
    put("""
            {"kind": "fax", "teams": [], "severities": ["urgent"], "url": "ftp://x"}""")
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors.field", hasItem("kind"))
        .body("errors.field", hasItem("teams"))
        .body("errors.field", hasItem("severities[0]"))
        .body("errors.field", hasItem("url"));

    put("""
        {"kind": "slack", "teams": ["t-ops"], "severities": ["critical"]}""")
        .statusCode(400)
        .body("errors.field", hasItem("url"));
    put("""
        {"kind": "pagerduty", "teams": ["t-ops"], "severities": ["critical"]}""")
        .statusCode(400)
        .body("errors.field", hasItem("routingKey"));

    given().get("/api/v1/receivers/" + id).then().statusCode(404).contentType(PROBLEM);
  }

  @Test
  void aDeletedReceiverIsGoneAndDeletingItAgainAnswers404() {
    put("""
            {"kind": "slack", "teams": ["t-ops"], "severities": ["critical"],
             "url": "https://hooks.slack.example/services/T/B/X"}""")
        .statusCode(201);

    given().delete("/api/v1/receivers/" + id).then().statusCode(204);

    given().get("/api/v1/receivers/" + id).then().statusCode(404).contentType(PROBLEM);
    given().delete("/api/v1/receivers/" + id).then().statusCode(404).contentType(PROBLEM);
  }

  @Test
  @TestSecurity(
      user = "s-ikumi",
      roles = {"manager"})
  void onlyAnAdminKeepsReceivers() {
    put("""
        {"kind": "slack", "teams": ["t-ops"], "severities": ["critical"],
         "url": "https://hooks.slack.example/services/T/B/X"}""")
        .statusCode(403);
    given().get("/api/v1/receivers").then().statusCode(403);
  }

  private ValidatableResponse put(String body) {
    return given().contentType(ContentType.JSON).body(body).put("/api/v1/receivers/" + id).then();
  }
}
