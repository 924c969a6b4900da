package dev.yakusoku.cluster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.yakusoku.alerts.AlertService;
import dev.yakusoku.alerts.AlertSignal;
import dev.yakusoku.alerts.AlertView;
import dev.yakusoku.ingest.StoredEvent;
import dev.yakusoku.support.LiveService;
import dev.yakusoku.support.Stories;
import dev.yakusoku.support.TestClock;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The story on the clustered configuration, against the real PostgreSQL on 127.0.0.1:5432 (started
 * by scripts/services.sh): the migrations, the event log's idempotency and the alert ledger's dedup
 * hold there as on H2. Without that server the service does not start and these tests fail.
 */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "rule-author", "admin"})
@TestProfile(ClusterProfile.class)
class PostgresStoryTest {
  @Inject LiveService live;
  @Inject AgroalDataSource dataSource;
  @Inject AlertService alerts;

  @BeforeEach
  void freshService() {
    live.resetAt("2026-11-26T09:59:00+09:00");
    live.putStoryDirectory();
  }

  @Test
  void theClusteredServiceStoresInPostgreSql() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
      assertThat(c.getMetaData().getURL()).contains("//127.0.0.1:5432/yakusoku");
    }
  }

  @Test
  void theMainLineCallIsRaisedAsADuplicateEscalationToTheManager() {
    live.postStoryEvents("e1", "e2", "e3", "e4");

    live.awaitAlerts("type=DUPLICATE_ESCALATION", 1)
        .body("[0].matterId", equalTo("M-1"))
        .body("[0].manager", equalTo("s-ikumi"))
        .body("[0].firstRaisedAt", equalTo("2026-11-26T10:12:00+09:00"))
        .body("[0].occurrences", equalTo(1))
        .body("[0].notes[0]", containsString("09012345678"));
  }

  @Test
  void theSameEventPostedTwiceIsStoredOnce() {
    live.postStoryEvents("e1");

    TestClock.reachTimesOf(Stories.event("e1").toString());
    given()
        .contentType(ContentType.JSON)
        .body(Stories.event("e1").toString())
        .post("/api/v1/events")
        .then()
        .statusCode(202)
        .body("accepted", equalTo(0))
        .body("duplicates", equalTo(1));
    assertThat(QuarkusTransaction.requiringNew().call(() -> StoredEvent.count("eventId", "e1")))
        .isEqualTo(1L);
  }

  @Test
  void postgreSqlItselfRejectsASecondRowWithTheSameSourceAndId() {
    live.postStoryEvents("e1");

    assertThatThrownBy(
            () ->
                insertEventRow(
                    "insert into event_log (seq, source, event_id, type, subject, event_time,"
                        + " received_at, data) select seq + 1, source, event_id, type, subject,"
                        + " event_time, received_at, data from event_log where event_id = 'e1'"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("event_log_idempotency");
  }

  @Test
  void aReplayedAlertOccurrenceChangesNothingAndANewOneGrowsTheAlert() {
    AlertSignal first = raise("2026-11-26T01:12:00Z");

    AlertView raised = alerts.apply(first).get(0);
    assertThat(alerts.apply(first)).as("the same occurrence applied again").isEmpty();
    AlertView grown = alerts.apply(raise("2026-11-26T01:25:00Z")).get(0);

    assertThat(grown.id()).isEqualTo(raised.id());
    assertThat(grown.occurrences()).isEqualTo(2);
    given()
        .get("/api/v1/alerts?matter=M-pg")
        .then()
        .body("$", hasSize(1))
        .body("[0].occurrences", equalTo(2));
  }

  @Test
  void aRestartReplaysTheLogWithoutDoublingTheAlert() {
    live.postStoryEvents("e1", "e2", "e3", "e4");
    live.awaitAlerts("type=DUPLICATE_ESCALATION", 1);

    live.restartEngine();

    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                given()
                    .get("/api/v1/alerts?matter=M-1")
                    .then()
                    .body("$", hasSize(1))
                    .body("[0].occurrences", equalTo(1)));
  }

  private static AlertSignal raise(String raisedAt) {
    Instant at = Instant.parse(raisedAt);
    return new AlertSignal(
        AlertSignal.Kind.RAISE,
        "DUPLICATE_ESCALATION",
        "warning",
        "M-pg",
        "t-ops",
        "s-ikumi",
        "M-pg is escalated again while a promise on it is open",
        "DUPLICATE_ESCALATION:M-pg",
        at,
        List.of("/crm/pg-" + raisedAt),
        List.of(),
        "A matter is escalated again while a promise on it is open",
        "rs-test",
        at,
        null);
  }

  private void insertEventRow(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement statement = c.prepareStatement(sql)) {
      statement.executeUpdate();
    }
  }
}
