package dev.yakusoku.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.yakusoku.support.SignedIn;
import dev.yakusoku.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The development start: contract clients without credentials act as the developer, while
 * credentials that are given are still checked.
 */
@QuarkusTest
@TestProfile(OpenDevelopmentAccessTest.DevelopmentStart.class)
class OpenDevelopmentAccessTest {
  /** The service as the one-command development start configures it. */
  public static class DevelopmentStart implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("yakusoku.security.open-development-access", "true");
    }
  }

  @Test
  void aContractClientWithoutCredentialsIsServedAsTheDeveloper() {
    TestClock.reachTimesOf("[{\"time\": \"2026-11-26T10:00:00+09:00\"}]");
    given()
        .contentType("application/json")
        .body(
            """
            {"id": "open-1", "source": "/open-access-test", "type": "matter.opened",
             "subject": "M-open", "time": "2026-11-26T10:00:00+09:00",
             "data": {"client": "c-1", "team": "t-1", "title": "x"}}
            """)
        .post("/api/v1/events")
        .then()
        .statusCode(202);
    given().get("/api/v1/alerts").then().statusCode(200);
    given().get("/api/v1/rules").then().statusCode(200);
    given().get("/api/v1/session").then().statusCode(200).body("user", equalTo("developer"));
  }

  @Test
  void credentialsThatAreGivenAreStillChecked() {
    given()
        .auth()
        .preemptive()
        .basic("admin", "wrong")
        .get("/api/v1/alerts")
        .then()
        .statusCode(401);
    given()
        .auth()
        .preemptive()
        .basic("ingest", DevelopmentCredentialsCheck.DEVELOPMENT_PASSWORD)
        .get("/api/v1/alerts")
        .then()
        .statusCode(403);
    SignedIn.withKey("not-a-key").get("/api/v1/alerts").then().statusCode(401);
    SignedIn.withKey(DevelopmentCredentialsCheck.DEVELOPMENT_API_KEY)
        .get("/api/v1/alerts")
        .then()
        .statusCode(403);
  }
}
