package dev.yakusoku.rules;

import static dev.yakusoku.support.ScenarioBuilder.ASSIGNEE;
import static dev.yakusoku.support.ScenarioBuilder.CLIENT;
import static dev.yakusoku.support.ScenarioBuilder.END_USER;
import static dev.yakusoku.support.ScenarioBuilder.MANAGER;
import static dev.yakusoku.support.ScenarioBuilder.MATTER;
import static dev.yakusoku.support.ScenarioBuilder.scenario;
import static dev.yakusoku.support.ScenarioBuilder.thursday;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yakusoku.support.ScenarioBuilder;
import dev.yakusoku.support.ScenarioBuilder.ScenarioRun;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Contract section 2: DUPLICATE_ESCALATION, a party outside the company pressing a matter again
 * while an earlier escalation is on record and a promise on it is open. As in the story, client
 * c-yamada escalates M-1 to the manager s-ikumi at 10:00 and she promises at 10:03 that assignee
 * s-aoi will contact end user u-suzuki by the end of the next business day.
 */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "rule-author", "admin"})
class EscalationRulesTest {
  private static final String DUPLICATE = "DUPLICATE_ESCALATION";

  private static ScenarioBuilder escalatedAndPromised() {
    return scenario()
        .matterOpened(MATTER, thursday("10:00"))
        .escalation(MATTER, thursday("10:00"), CLIENT, MANAGER)
        .id("x1")
        .promise(MATTER, "P-1", thursday("10:03"), MANAGER, CLIENT)
        .id("p1")
        .owner(ASSIGNEE)
        .target(END_USER)
        .by("end-of-next-business-day");
  }

  @Test
  void duplicateEscalationIsRaisedWhenTheClientEscalatesAgainWhileThePromiseIsOpen() {
    ScenarioRun run =
        escalatedAndPromised()
            .escalation(MATTER, thursday("10:30"), CLIENT, MANAGER)
            .id("x2")
            .until(thursday("17:00"))
            .run();

    assertThat(run.types()).containsExactly(DUPLICATE);
    Map<String, Object> duplicate = run.only(DUPLICATE);
    assertThat(duplicate)
        .containsEntry("severity", "warning")
        .containsEntry("matterId", MATTER)
        .containsEntry("team", "t-ops")
        .containsEntry("manager", MANAGER)
        .containsEntry("dedupKey", "DUPLICATE_ESCALATION:M-1")
        .containsEntry("occurrences", 1)
        .containsEntry("firstRaisedAt", thursday("10:30"))
        .containsEntry("state", "open")
        .containsEntry(
            "rule",
            "A party outside the company escalates a matter again while a promise on it is open");
    assertThat(ScenarioRun.evidence(duplicate)).contains("/crm/x1", "/crm/p1", "/crm/x2");
  }

  @Test
  void theEndUserEscalatingAfterTheClientIsADuplicateToo() {
    ScenarioRun run =
        escalatedAndPromised()
            .escalation(MATTER, thursday("10:30"), END_USER, MANAGER)
            .until(thursday("17:00"))
            .run();

    assertThat(run.only(DUPLICATE)).containsEntry("firstRaisedAt", thursday("10:30"));
  }

  @Test
  void aThirdEscalationGrowsTheSameAlertToTwoOccurrences() {
    ScenarioRun run =
        escalatedAndPromised()
            .escalation(MATTER, thursday("10:30"), CLIENT, MANAGER)
            .escalation(MATTER, thursday("11:00"), END_USER, MANAGER)
            .until(thursday("17:00"))
            .run();

    assertThat(run.types()).containsExactly(DUPLICATE);
    assertThat(run.only(DUPLICATE))
        .containsEntry("dedupKey", "DUPLICATE_ESCALATION:M-1")
        .containsEntry("occurrences", 2)
        .containsEntry("firstRaisedAt", thursday("10:30"))
        .containsEntry("lastRaisedAt", thursday("11:00"));
  }

  @Test
  void noDuplicateEscalationWithoutASecondEscalation() {
    ScenarioRun run = escalatedAndPromised().until(thursday("17:00")).run();

    assertThat(run.alerts()).isEmpty();
  }

  @Test
  void noDuplicateEscalationWhenThePromiseWasKeptBeforeTheSecondEscalation() {
    ScenarioRun run =
        escalatedAndPromised()
            .contact(MATTER, thursday("10:20"), ASSIGNEE, END_USER, "reached")
            .escalation(MATTER, thursday("10:30"), CLIENT, MANAGER)
            .until(thursday("17:00"))
            .run();

    assertThat(run.alerts()).isEmpty();
  }

  @Test
  void noDuplicateEscalationWhenThePromiseWasWithdrawnBeforeTheSecondEscalation() {
    ScenarioRun run =
        escalatedAndPromised()
            .promiseWithdrawn(MATTER, "P-1", thursday("10:20"))
            .escalation(MATTER, thursday("10:30"), CLIENT, MANAGER)
            .until(thursday("17:00"))
            .run();

    assertThat(run.alerts()).isEmpty();
  }

  @Test
  void noDuplicateEscalationWhenNoPromiseWasEverMade() {
    ScenarioRun run =
        scenario()
            .matterOpened(MATTER, thursday("10:00"))
            .escalation(MATTER, thursday("10:00"), CLIENT, MANAGER)
            .escalation(MATTER, thursday("10:30"), CLIENT, MANAGER)
            .until(thursday("17:00"))
            .run();

    assertThat(run.alerts()).isEmpty();
  }

  @Test
  void aStaffToStaffEscalationDoesNotCountAsTheSecond() {
    ScenarioRun run =
        escalatedAndPromised()
            .escalation(MATTER, thursday("10:25"), MANAGER, ASSIGNEE)
            .with("reason", "至急対応をお願い")
            .until(thursday("17:00"))
            .run();

    assertThat(run.alerts()).isEmpty();
  }

  @Test
  void aStaffToStaffEscalationDoesNotCountAsTheFirst() {
    ScenarioRun run =
        scenario()
            .matterOpened(MATTER, thursday("10:00"))
            .escalation(MATTER, thursday("10:00"), MANAGER, ASSIGNEE)
            .promise(MATTER, "P-1", thursday("10:03"), MANAGER, CLIENT)
            .target(END_USER)
            .by("end-of-next-business-day")
            .escalation(MATTER, thursday("10:30"), CLIENT, MANAGER)
            .until(thursday("17:00"))
            .run();

    assertThat(run.alerts()).isEmpty();
  }

  @Test
  void aMainLineCallAskingForSomeoneOtherThanTheAssigneeIsASecondEscalation() {
    ScenarioRun run =
        escalatedAndPromised()
            .mainLineCall(thursday("10:12"), "s-nakamura", "スズキ", "09012345678", "ねーさん", "reached")
            .until(thursday("17:00"))
            .run();

    Map<String, Object> duplicate = run.only(DUPLICATE);
    assertThat(run.alerts()).hasSize(1);
    assertThat(duplicate).containsEntry("firstRaisedAt", thursday("10:12"));
    assertThat(ScenarioRun.evidence(duplicate)).contains("/reception/e1");
  }

  @Test
  void aMainLineCallAskingForTheAssigneeIsNotAnEscalation() {
    ScenarioRun run =
        escalatedAndPromised()
            .mainLineCall(thursday("10:12"), "s-nakamura", "スズキ", "09012345678", "あおい", "reached")
            .until(thursday("17:00"))
            .run();

    assertThat(run.alerts()).isEmpty();
  }

  @Test
  void eventsGivenOutOfOrderStillGiveOneAlertAtTheLaterEscalation() {
    ScenarioRun run =
        escalatedAndPromised()
            .escalation(MATTER, thursday("10:30"), END_USER, MANAGER)
            .listedFirst()
            .until(thursday("17:00"))
            .run();

    assertThat(run.types()).containsExactly(DUPLICATE);
    assertThat(run.only(DUPLICATE))
        .containsEntry("firstRaisedAt", thursday("10:30"))
        .containsEntry("occurrences", 1);
  }

  @Test
  void aSecondEscalationListedBeforeTheMatterAndTheFirstIsStillJudgedByTime() {
    ScenarioRun run =
        scenario()
            .escalation(MATTER, thursday("10:30"), CLIENT, MANAGER)
            .promise(MATTER, "P-1", thursday("10:03"), MANAGER, CLIENT)
            .target(END_USER)
            .by("end-of-next-business-day")
            .escalation(MATTER, thursday("10:00"), CLIENT, MANAGER)
            .matterOpened(MATTER, thursday("10:00"))
            .listedFirst()
            .until(thursday("17:00"))
            .run();

    assertThat(run.types()).containsExactly(DUPLICATE);
    assertThat(run.only(DUPLICATE))
        .containsEntry("firstRaisedAt", thursday("10:30"))
        .containsEntry("occurrences", 1);
  }
}
