package dev.yakusoku.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yakusoku.ingest.StoredEvent;
import dev.yakusoku.support.LiveService;
import dev.yakusoku.support.SignedIn;
import dev.yakusoku.support.Stories;
import dev.yakusoku.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Machine clients sign in with an API key configured by its digest: a known key gets its client's
 * roles, an unknown one is refused before anything is stored, and passwords keep working beside it.
 */
@QuarkusTest
class ApiKeyTest {
  private static final String KEY = DevelopmentCredentialsCheck.DEVELOPMENT_API_KEY;

  @Inject LiveService live;

  @BeforeEach
  void freshService() {
    live.resetAt("2026-11-26T09:59:00+09:00");
  }

  @Test
  void anIngestKeyPostsEventsAsBearerTokenOrApiKeyHeader() {
    post(SignedIn.withKey(KEY), "e1").then().statusCode(202);
    post(given().header(ApiKeyAuthentication.API_KEY_HEADER, KEY), "e2").then().statusCode(202);

    assertThat(stored("e1")).isEqualTo(1);
    assertThat(stored("e2")).isEqualTo(1);
  }

  @Test
  void anIngestKeyIsRefusedAlertsRulesAndTheDirectoryWith403() {
    for (String path : new String[] {"/api/v1/alerts", "/api/v1/rules", "/api/v1/teams"}) {
      assertThat(SignedIn.withKey(KEY).get(path).statusCode()).as(path).isEqualTo(403);
    }
  }

  @Test
  void aWrongKeyIsRefusedWith401AndNothingIsStored() {
    post(SignedIn.withKey(KEY + "-guess"), "e1").then().statusCode(401);
    post(given().header(ApiKeyAuthentication.API_KEY_HEADER, "nope"), "e2").then().statusCode(401);

    assertThat(stored("e1")).isZero();
    assertThat(stored("e2")).isZero();
  }

  @Test
  void aDigestIsNoKey() {
    post(SignedIn.withKey(DigestUtils.sha256Hex(KEY)), "e1").then().statusCode(401);
    assertThat(stored("e1")).isZero();
  }

  @Test
  void basicSignInKeepsWorkingBesideKeys() {
    post(SignedIn.as(SignedIn.INGEST), "e1").then().statusCode(202);
    SignedIn.as(SignedIn.ADMIN).get("/api/v1/teams").then().statusCode(200);
  }

  private static io.restassured.response.Response post(RequestSpecification request, String id) {
    TestClock.reachTimesOf(Stories.event(id).toString());
    return request
        .contentType(ContentType.JSON)
        .body(Stories.event(id).toString())
        .post("/api/v1/events");
  }

  private static long stored(String eventId) {
    return QuarkusTransaction.requiringNew().call(() -> StoredEvent.count("eventId", eventId));
  }
}
