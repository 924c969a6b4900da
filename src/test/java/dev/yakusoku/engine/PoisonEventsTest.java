package dev.yakusoku.engine;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yakusoku.directory.DirectoryEntry;
import dev.yakusoku.directory.TeamBody;
import dev.yakusoku.events.KeyedEvent;
import dev.yakusoku.ingest.MatterRecord;
import dev.yakusoku.ingest.StoredEvent;
import dev.yakusoku.ingest.StoredHistory;
import dev.yakusoku.rules.EditableRulesProfile;
import dev.yakusoku.support.LiveService;
import dev.yakusoku.support.RulesFolderCopy;
import dev.yakusoku.support.Stories;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No event can stop the others: an event the engine cannot judge, because a rule fails on it, its
 * facts cannot be made, or its alert cannot be stored, is quarantined with why, the next event is
 * still judged, a restart still starts, and once the cause is fixed an admin's retry judges it as
 * if it had never failed.
 */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "rule-author", "admin"})
@TestProfile(EditableRulesProfile.class)
class PoisonEventsTest {
  private static final String EXPLODING =
      """
      package rules;

      import dev.yakusoku.facts.*;

      rule "An escalation on the exploding channel fails"
      when
          Escalation( channel == "explode" )
      then
          throw new IllegalStateException( "boom" );
      end
      """;

  private static final String UNSTORABLE =
      """
      package rules;

      import dev.yakusoku.facts.*;

      rule "An escalation on the long-team channel raises an alert no column holds"
      when
          $e : Escalation( channel == "long-team", $m : matterId )
          $matter : Matter( id == $m )
      then
          insert( AlertDraft.of( "LONG_TEAM", AlertDraft.WARNING, $e.getTime(), drools.getRule().getName() )
              .on( $matter )
              .team( "t".repeat( 300 ) )
              .key( "LONG_TEAM:" + $m )
              .summary( "This alert's team is longer than any team id." )
              .evidence( $e.getRef() ) );
      end
      """;

  @Inject LiveService live;
  @Inject LiveEngines engine;

  @ConfigProperty(name = "yakusoku.rules.path")
  String folder;

  @BeforeEach
  void storyDirectoryOnThursday() {
    RulesFolderCopy.restore(Path.of(folder));
    given().post("/api/v1/rules/reload").then().statusCode(200);
    live.resetAt("2026-11-26T10:00:00+09:00");
    live.putStoryDirectory();
  }

  @AfterEach
  void shippedRulesAgain() throws Exception {
    Files.deleteIfExists(Path.of(folder, "exploding.drl"));
    Files.deleteIfExists(Path.of(folder, "unstorable.drl"));
    given().post("/api/v1/rules/reload").then().statusCode(200);
  }

  @Test
  void anEventARuleFailsOnIsQuarantinedTheNextIsJudgedAndARetryJudgesItOnceFixed() {
    rules("exploding.drl", EXPLODING);
    live.post(opened("M-2"));
    live.post(escalation("M-2", "esc-1", "10:01", "chat"));
    live.post(promise("M-2", "10:02"));
    live.post(escalation("M-2", "esc-2", "10:05", "explode"));

    long seq = awaitQuarantined("/poison/esc-2", "rules", "boom");
    // the story's duplicate escalation, posted after the poison, is still judged
    live.postStoryEvents("e1", "e2", "e3", "e4");
    live.awaitAlerts("type=DUPLICATE_ESCALATION&matter=M-1", 1);
    live.awaitAlerts("type=DUPLICATE_ESCALATION&matter=M-2", 0);
    given().post("/api/v1/quarantine/" + seq + "/retry").then().statusCode(409);
    given().get("/api/v1/quarantine/" + seq).then().body("attempts", equalTo(2));

    // a restart still starts, and still leaves the event out
    live.restartEngine();
    assertThat(engine.isLive()).isTrue();
    given().get("/q/health/ready").then().statusCode(200);
    given().get("/api/v1/quarantine").then().body("$", hasSize(1));

    // the rule fixed, the retry judges the escalation at its own time
    rulesWithout("exploding.drl");
    given()
        .post("/api/v1/quarantine/" + seq + "/retry")
        .then()
        .statusCode(200)
        .body("judged", equalTo(true))
        .body("ref", equalTo("/poison/esc-2"));
    given().get("/api/v1/quarantine").then().body("$", hasSize(0));
    live.awaitAlerts("type=DUPLICATE_ESCALATION&matter=M-2", 1)
        .body("[0].firstRaisedAt", equalTo("2026-11-26T10:05:00+09:00"))
        .body("[0].occurrences", equalTo(1));
  }

  @Test
  void anAlertTheStoreRefusesQuarantinesItsEventAndLaterAlertsAreStored() {
    rules("unstorable.drl", UNSTORABLE);
    live.post(opened("M-2"));
    live.post(escalation("M-2", "esc-1", "10:01", "long-team"));

    awaitQuarantined("/poison/esc-1", "alert store", "");
    live.postStoryEvents("e1", "e2", "e3", "e4");
    live.awaitAlerts("type=DUPLICATE_ESCALATION&matter=M-1", 1);
    live.awaitAlerts("type=LONG_TEAM", 0);
  }

  @Test
  void aStoredEventTheEngineCannotTranslateNoLongerStopsARestart() {
    // as an older version of the service could have stored it: a duration no calendar can apply
    ObjectNode poison = promise("M-3", "10:02");
    ((ObjectNode) poison.get("data")).put("within", "P1234567890D");
    store(opened("M-3"));
    store(poison);

    live.restartEngine();

    assertThat(engine.isLive()).isTrue();
    awaitQuarantined("/poison/promised-M-3", "translation", "isoDuration");
    live.postStoryEvents("e1", "e2", "e3", "e4");
    live.awaitAlerts("type=DUPLICATE_ESCALATION&matter=M-1", 1);
  }

  @Test
  void aFutureEventInTheLogCannotMoveTheEnginesClockPastTheWallClock() {
    ObjectNode future = opened("M-4");
    future.put("time", "2999-01-01T00:00:00Z");
    store(future);

    live.restartEngine();

    Instant wall = Instant.parse("2026-11-26T01:00:00Z");
    assertThat(engine.now()).hasValueSatisfying(t -> assertThat(t).isBefore(wall.plusSeconds(301)));
  }

  @Test
  void aRebuildThatFailsKeepsTheEnginesThatServeAndReadinessSaysWhy() {
    live.postStoryEvents("e1", "e2", "e3");
    QuarkusMock.installMockForType(
        new StoredHistory(null, null, null) {
          @Override
          public List<TeamBody> teams() {
            return List.of();
          }

          @Override
          public List<DirectoryEntry> parties() {
            return List.of();
          }

          @Override
          public List<KeyedEvent> openEvents(Predicate<String> keys, Instant now) {
            throw new IllegalStateException("the log cannot be read");
          }

          @Override
          public Set<String> resolvedAmong(Collection<String> matters) {
            return Set.of();
          }
        },
        EngineHistory.class);

    live.restartEngine();

    given()
        .get("/q/health/ready")
        .then()
        .statusCode(503)
        .body("checks.find { it.name == 'rule-set' }.data.engineError", containsString("log"));
    // the engines that held the matter judge the main-line call as before
    live.postStoryEvents("e4");
    live.awaitAlerts("type=DUPLICATE_ESCALATION&matter=M-1", 1);
  }

  private long awaitQuarantined(String ref, String stage, String error) {
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () ->
                given()
                    .get("/api/v1/quarantine")
                    .then()
                    .body("$", hasSize(1))
                    .body("[0].ref", equalTo(ref))
                    .body("[0].stage", equalTo(stage))
                    .body("[0].error", containsString(error)));
    return given().get("/api/v1/quarantine").then().extract().jsonPath().getLong("[0].seq");
  }

  private void rules(String file, String drl) {
    RulesFolderCopy.write(Path.of(folder), file, drl);
    given().post("/api/v1/rules/reload").then().statusCode(200).body("outcome", equalTo("loaded"));
  }

  private void rulesWithout(String file) {
    try {
      Files.delete(Path.of(folder, file));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    given().post("/api/v1/rules/reload").then().statusCode(200).body("outcome", equalTo("loaded"));
  }

  /** Writes an event straight into the log, as no request of today's service would. */
  private static void store(ObjectNode event) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              StoredEvent row = new StoredEvent();
              row.source = event.get("source").asText();
              row.eventId = event.get("id").asText();
              row.type = event.get("type").asText();
              row.subject = event.get("subject").asText();
              row.matterKey = row.subject;
              row.time = java.time.OffsetDateTime.parse(event.get("time").asText()).toInstant();
              row.receivedAt = Instant.parse("2026-11-26T01:00:00Z");
              row.data = event.get("data").toString();
              row.persist();
              if (row.type.equals("matter.opened")) {
                MatterRecord matter = new MatterRecord();
                matter.id = row.subject;
                matter.state = MatterRecord.OPEN;
                matter.updatedAt = row.time;
                matter.persist();
              }
            });
  }

  private static ObjectNode opened(String matter) {
    ObjectNode e = event("opened-" + matter, "matter.opened", matter, "10:00");
    e.putObject("data")
        .put("client", "c-watanabe")
        .put("team", "t-ops")
        .put("assignee", "s-aoi")
        .put("title", "別件");
    return e;
  }

  private static ObjectNode escalation(String matter, String id, String time, String channel) {
    ObjectNode e = event(id, "escalation.raised", matter, time);
    e.putObject("data").put("by", "c-watanabe").put("to", "s-ikumi").put("channel", channel);
    return e;
  }

  private static ObjectNode promise(String matter, String time) {
    ObjectNode e = event("promised-" + matter, "promise.made", matter, time);
    e.putObject("data")
        .put("promiseId", "P-" + matter)
        .put("madeBy", "s-ikumi")
        .put("madeTo", "c-watanabe")
        .put("kind", "contact")
        .put("within", "P2D");
    return e;
  }

  private static ObjectNode event(String id, String type, String matter, String time) {
    return Stories.JSON
        .createObjectNode()
        .put("id", id)
        .put("source", "/poison")
        .put("type", type)
        .put("subject", matter)
        .put("time", "2026-11-26T" + time + ":00+09:00");
  }
}
