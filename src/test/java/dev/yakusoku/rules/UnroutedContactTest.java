package dev.yakusoku.rules;

import static dev.yakusoku.support.ScenarioBuilder.CLIENT;
import static dev.yakusoku.support.ScenarioBuilder.MATTER;
import static dev.yakusoku.support.ScenarioBuilder.scenario;
import static dev.yakusoku.support.ScenarioBuilder.thursday;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yakusoku.support.ScenarioBuilder.ScenarioRun;
import dev.yakusoku.support.Stories;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Contract sections 2 and 3: an inbound contact that identity resolution cannot tie to one matter
 * is an UNROUTED_CONTACT, sent to the manager of the team of the staff member who took it (the
 * front desk's manager s-sato-k for the receptionist s-nakamura).
 */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "rule-author", "admin"})
class UnroutedContactTest {
  private static final String UNROUTED = "UNROUTED_CONTACT";
  private static final String FRONT_DESK_MANAGER = "s-sato-k";

  @Test
  void aCallFromSomeoneNobodyKnowsIsUnroutedToTheManagerOfTheReceivingDesk() {
    ScenarioRun run =
        scenario()
            .matterOpened(MATTER, thursday("10:00"))
            .mainLineCall(
                thursday("10:12"), "s-nakamura", "田中", "03-5550-9999", "ねーさん", "callback-promised")
            .until(thursday("17:00"))
            .run();

    assertThat(run.types()).containsExactly(UNROUTED);
    Map<String, Object> unrouted = run.only(UNROUTED);
    assertThat(unrouted)
        .containsEntry("severity", "warning")
        .containsEntry("team", "t-front")
        .containsEntry("manager", FRONT_DESK_MANAGER)
        .containsEntry("dedupKey", "UNROUTED_CONTACT:/reception/e1")
        .containsEntry("firstRaisedAt", thursday("10:12"))
        .containsEntry("state", "open")
        .containsEntry(
            "rule", "An inbound contact that cannot be tied to one matter is raised as unrouted");
    assertThat(unrouted.get("matterId")).isNull();
    assertThat((String) unrouted.get("summary"))
        .contains("田中", "ねーさん", "candidates", "callers none", "matters none", "s-ikumi");
    assertThat(ScenarioRun.evidence(unrouted)).containsExactly("/reception/e1");
    @SuppressWarnings("unchecked")
    List<String> notes = (List<String>) unrouted.get("notes");
    assertThat(notes).anySatisfy(n -> assertThat(n).contains("03-5550-9999", "matches no party"));
  }

  @Test
  void aCallerWithTwoOpenMattersIsUnroutedNamingBothMatters() {
    ScenarioRun run =
        scenario()
            .matterOpened(MATTER, thursday("09:00"))
            .matterOpened("M-2", thursday("09:30"), CLIENT, null)
            .mainLineCall(thursday("10:12"), "s-nakamura", "山田", "03-5550-2000", null, "reached")
            .until(thursday("17:00"))
            .run();

    Map<String, Object> unrouted = run.only(UNROUTED);
    assertThat(run.alerts()).hasSize(1);
    assertThat(unrouted)
        .containsEntry("team", "t-front")
        .containsEntry("manager", FRONT_DESK_MANAGER);
    assertThat((String) unrouted.get("summary")).contains("candidates", CLIENT, "M-1", "M-2");
  }

  @Test
  void aCallerWithOneOpenMatterIsTiedToItAndNotUnrouted() {
    ScenarioRun run =
        scenario()
            .matterOpened(MATTER, thursday("09:00"))
            .mainLineCall(thursday("10:12"), "s-nakamura", "山田", "03-5550-2000", null, "reached")
            .until(thursday("17:00"))
            .run();

    assertThat(run.alerts()).isEmpty();
  }

  @Test
  void theStorysMainLineCallIsTiedByPhoneAndNotUnrouted() {
    ScenarioRun run =
        scenario()
            .matterOpened(MATTER, thursday("10:00"))
            .mainLineCall(
                thursday("10:12"), "s-nakamura", "スズキ", "09012345678", "ねーさん", "callback-promised")
            .until(thursday("10:30"))
            .run();

    assertThat(run.alerts()).isEmpty();
  }

  @Test
  void theWholeStoryGivesNoUnroutedContact() {
    List<String> types =
        given()
            .contentType(ContentType.JSON)
            .body(Stories.story().toString())
            .post("/api/v1/scenarios/run")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("alerts.type", String.class);

    assertThat(types).isNotEmpty().doesNotContain(UNROUTED);
  }
}
