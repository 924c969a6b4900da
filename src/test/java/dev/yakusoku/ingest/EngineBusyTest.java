package dev.yakusoku.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.yakusoku.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** While the live engine is behind, a request is turned away whole, to be retried. */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "rule-author", "admin"})
@TestProfile(EngineBusyTest.NoBacklogAllowed.class)
class EngineBusyTest {
  /** The service with no room for events waiting to be judged. */
  public static class NoBacklogAllowed implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("yakusoku.ingest.max-backlog", "0");
    }
  }

  @Inject EventLog log;
  @Inject TestClock clock;

  @Test
  void aRequestWhileTheEngineIsBehindIsAnswered503WithRetryAfterAndNothingIsStored() {
    long before = log.countBetween(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"));

    clock.set("2026-11-26T10:00:00+09:00");
    given()
        .contentType("application/json")
        .body(
            """
            {"id": "busy-1", "source": "/busy-test", "type": "matter.opened", "subject": "M-busy",
             "time": "2026-11-26T10:00:00+09:00",
             "data": {"client": "c-1", "team": "t-1", "title": "x"}}
            """)
        .post("/api/v1/events")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .header("Retry-After", "1")
        .body("status", equalTo(503));

    assertThat(log.countBetween(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")))
        .isEqualTo(before);
  }
}
