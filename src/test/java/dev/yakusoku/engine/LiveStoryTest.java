package dev.yakusoku.engine;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.yakusoku.support.LiveService;
import dev.yakusoku.support.Stories;
import dev.yakusoku.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The story told to the running service over REST, as it happened, with the wall clock moving. */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "rule-author", "admin"})
class LiveStoryTest {
  private static final String[] ALL = {"e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8", "e9"};

  @Inject LiveService live;
  @Inject TestClock clock;

  @BeforeEach
  void freshService() {
    live.resetAt("2026-11-26T09:59:00+09:00");
    live.putStoryDirectory();
  }

  @Test
  void theMainLineCallIsRaisedAsADuplicateEscalationToTheManagerOfTheTeam() {
    live.postStoryEvents("e1", "e2", "e3", "e4");

    live.awaitAlerts("type=DUPLICATE_ESCALATION", 1)
        .body("[0].matterId", equalTo("M-1"))
        .body("[0].team", equalTo("t-ops"))
        .body("[0].manager", equalTo("s-ikumi"))
        .body("[0].firstRaisedAt", equalTo("2026-11-26T10:12:00+09:00"))
        .body("[0].occurrences", equalTo(1))
        .body("[0].state", equalTo("open"))
        .body("[0].notes[0]", containsString("09012345678"));
  }

  @Test
  void theWholeStoryEndsInOneStalledDependencyTwoBusinessDaysAfterPleaseWait() {
    live.postStoryEvents(ALL);
    clock.set("2026-12-01T09:00:00+09:00");

    live.awaitAlerts("matter=M-1&type=STALLED_DEPENDENCY", 1)
        .body("[0].firstRaisedAt", equalTo("2026-11-30T11:10:00+09:00"))
        .body("[0].evidence", containsInAnyOrder("/crm/e9"));
    given()
        .get("/api/v1/alerts?matter=M-1")
        .then()
        .body("type", containsInAnyOrder("STALLED_DEPENDENCY", "DUPLICATE_ESCALATION"));
    given().get("/api/v1/alerts?type=BROKEN_PROMISE").then().body("$", empty());
  }

  @Test
  void aRestartMidStoryIsInvisibleToTheManager() {
    live.postStoryEvents("e1", "e2", "e3", "e4");
    live.awaitAlerts("type=DUPLICATE_ESCALATION", 1);

    live.restartEngine();
    live.postStoryEvents("e5", "e6", "e7", "e8", "e9");
    live.restartEngine();
    clock.set("2026-12-01T09:00:00+09:00");

    live.awaitAlerts("matter=M-1&type=STALLED_DEPENDENCY", 1)
        .body("[0].firstRaisedAt", equalTo("2026-11-30T11:10:00+09:00"));
    live.restartEngine();
    given()
        .get("/api/v1/alerts?matter=M-1")
        .then()
        .body("$", hasSize(2))
        .body("find { it.type == 'DUPLICATE_ESCALATION' }.occurrences", equalTo(1))
        .body("find { it.type == 'STALLED_DEPENDENCY' }.occurrences", equalTo(1));
  }

  @Test
  void lateEvidenceResolvesTheBrokenPromiseAlertItDisproves() {
    clock.set("2026-11-27T19:00:00+09:00");
    live.restartEngine();
    for (var e : Stories.events("e1", "e2", "e3")) {
      live.post(e);
    }
    live.awaitAlerts("type=BROKEN_PROMISE&state=open", 1)
        .body("[0].firstRaisedAt", equalTo("2026-11-27T18:00:00+09:00"))
        .body("[0].severity", equalTo("critical"));

    live.post(Stories.event("e9"));

    live.awaitAlerts("type=BROKEN_PROMISE&state=resolved", 1)
        .body("[0].resolution", containsString("late evidence"))
        .body("[0].resolution", containsString("/crm/e9"));
  }

  @Test
  void aBatchGivenOutOfOrderIsJudgedInTimeOrder() {
    var reversed = Stories.JSON.createArrayNode();
    List.of("e4", "e3", "e2", "e1").forEach(id -> reversed.add(Stories.event(id)));
    clock.set("2026-11-26T10:13:00+09:00");
    live.post(reversed);

    live.awaitAlerts("type=DUPLICATE_ESCALATION", 1)
        .body("[0].firstRaisedAt", equalTo("2026-11-26T10:12:00+09:00"))
        .body("[0].occurrences", equalTo(1));
  }
}
