package dev.yakusoku.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.yakusoku.support.SignedIn;
import dev.yakusoku.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An address that keeps failing to sign in is held off: after the limit of failed attempts, even
 * right credentials are answered 429 with Retry-After until the window has passed.
 */
@QuarkusTest
@TestProfile(SignInThrottleTest.ThreeFailuresAMinute.class)
class SignInThrottleTest {
  @Inject TestClock clock;

  public static class ThreeFailuresAMinute implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "yakusoku.security.failed-sign-ins-per-window", "3",
          "yakusoku.security.failed-sign-in-window", "PT1M");
    }
  }

  @Test
  void threeFailedSignInsHoldTheAddressOffUntilTheWindowHasPassed() {
    // one failure of each kind: a password, an API key, the form
    given()
        .auth()
        .preemptive()
        .basic(SignedIn.IKUMI, "wrong")
        .get("/api/v1/alerts")
        .then()
        .statusCode(401);
    given().header("X-API-Key", "not-a-key").get("/api/v1/alerts").then().statusCode(401);
    SignedIn.throughTheForm(SignedIn.IKUMI, "wrong").then().statusCode(401);

    SignedIn.as(SignedIn.IKUMI)
        .get("/api/v1/alerts")
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .header("Retry-After", not(equalTo("0")))
        .body("status", equalTo(429));

    clock.atLeast(clock.instant().plusSeconds(61));
    SignedIn.as(SignedIn.IKUMI).get("/api/v1/alerts").then().statusCode(200);
  }

  @Test
  void requestsWithoutCredentialsAndRightOnesCountForNothing() {
    for (int i = 0; i < 5; i++) {
      given().get("/api/v1/alerts").then().statusCode(401);
      SignedIn.as(SignedIn.IKUMI).get("/api/v1/alerts").then().statusCode(200);
    }
  }
}
