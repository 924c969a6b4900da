package dev.yakusoku.rules;

import static dev.yakusoku.support.ScenarioBuilder.ASSIGNEE;
import static dev.yakusoku.support.ScenarioBuilder.CLIENT;
import static dev.yakusoku.support.ScenarioBuilder.END_USER;
import static dev.yakusoku.support.ScenarioBuilder.MANAGER;
import static dev.yakusoku.support.ScenarioBuilder.MATTER;
import static dev.yakusoku.support.ScenarioBuilder.friday;
import static dev.yakusoku.support.ScenarioBuilder.monday;
import static dev.yakusoku.support.ScenarioBuilder.scenario;
import static dev.yakusoku.support.ScenarioBuilder.thursday;
import static dev.yakusoku.support.ScenarioBuilder.tuesday;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yakusoku.support.ScenarioBuilder;
import dev.yakusoku.support.ScenarioBuilder.ScenarioRun;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Contract sections 1 and 2: a wait on a party that passes its follow-up deadline with nothing from
 * that party is a STALLED_DEPENDENCY. As in the story, M-1 waits on end user u-suzuki from 11:10 on
 * Thursday.
 */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "rule-author", "admin"})
class DependencyRulesTest {
  private static final String STALLED = "STALLED_DEPENDENCY";

  private static ScenarioBuilder waitingOnTheEndUserFromThursday1110() {
    return scenario()
        .matterOpened(MATTER, thursday("10:00"))
        .waiting(MATTER, thursday("11:10"), END_USER)
        .id("w1")
        .with("reason", "先方も調整中");
  }

  @Test
  void stalledDependencyIsRaisedTwoBusinessDaysLaterByDefault() {
    ScenarioRun run = waitingOnTheEndUserFromThursday1110().until(tuesday("09:00")).run();

    assertThat(run.types()).containsExactly(STALLED);
    Map<String, Object> stalled = run.only(STALLED);
    assertThat(stalled)
        .containsEntry("severity", "warning")
        .containsEntry("matterId", MATTER)
        .containsEntry("team", "t-ops")
        .containsEntry("manager", MANAGER)
        .containsEntry("dedupKey", "STALLED_DEPENDENCY:M-1:u-suzuki")
        .containsEntry("firstRaisedAt", monday("11:10"))
        .containsEntry("occurrences", 1)
        .containsEntry("state", "open")
        .containsEntry("rule", "A wait passes its follow-up deadline with nothing from the party");
    assertThat(ScenarioRun.evidence(stalled)).containsExactly("/crm/w1");
    assertThat((String) stalled.get("summary")).contains(END_USER);
  }

  @Test
  void stalledDependencyIsNotRaisedBeforeTheFollowUp() {
    ScenarioRun run = waitingOnTheEndUserFromThursday1110().until(monday("11:09")).run();

    assertThat(run.alerts()).isEmpty();
  }

  @Test
  void atTheFollowUpTimeItselfTheWaitIsNotYetStalled() {
    ScenarioRun run = waitingOnTheEndUserFromThursday1110().until(monday("11:10")).run();

    assertThat(run.alerts()).isEmpty();
  }

  @Test
  void anExplicitFollowUpDurationInHoursIsElapsedTime() {
    ScenarioRun run =
        waitingOnTheEndUserFromThursday1110().followUp("PT4H").until(thursday("23:00")).run();

    assertThat(run.only(STALLED)).containsEntry("firstRaisedAt", thursday("15:10"));
  }

  @Test
  void anExplicitFollowUpTimestampIsTheDeadline() {
    ScenarioRun run =
        waitingOnTheEndUserFromThursday1110()
            .followUp(friday("10:00"))
            .until(friday("12:00"))
            .run();

    assertThat(run.only(STALLED)).containsEntry("firstRaisedAt", friday("10:00"));
  }

  @Test
  void askingThePartyToWaitStartsAWaitWithTheDefaultFollowUp() {
    ScenarioRun run =
        scenario()
            .matterOpened(MATTER, thursday("10:00"))
            .contact(MATTER, thursday("11:10"), ASSIGNEE, END_USER, "asked-to-wait")
            .id("c1")
            .until(tuesday("09:00"))
            .run();

    Map<String, Object> stalled = run.only(STALLED);
    assertThat(stalled)
        .containsEntry("firstRaisedAt", monday("11:10"))
        .containsEntry("dedupKey", "STALLED_DEPENDENCY:M-1:u-suzuki");
    assertThat(ScenarioRun.evidence(stalled)).containsExactly("/crm/c1");
  }

  @Test
  void noStalledDependencyWhenThePartyCallsInBeforeTheDeadline() {
    ScenarioRun run =
        waitingOnTheEndUserFromThursday1110()
            .inboundContact(MATTER, friday("15:00"), END_USER, ASSIGNEE, "reached")
            .until(tuesday("09:00"))
            .run();

    assertThat(run.alerts()).isEmpty();
  }

  @Test
  void noStalledDependencyWhenThePartyCallsTheMainLineAndIsTiedByPhone() {
    ScenarioRun run =
        waitingOnTheEndUserFromThursday1110()
            .mainLineCall(friday("15:00"), "s-nakamura", "スズキ", "090-1234-5678", "あおい", "reached")
            .until(tuesday("09:00"))
            .run();

    assertThat(run.alerts()).isEmpty();
  }

  @Test
  void noStalledDependencyWhenThePartyCallsInExactlyAtTheFollowUp() {
    ScenarioRun run =
        waitingOnTheEndUserFromThursday1110()
            .inboundContact(MATTER, monday("11:10"), END_USER, ASSIGNEE, "reached")
            .until(tuesday("09:00"))
            .run();

    assertThat(run.alerts()).isEmpty();
  }

  @Test
  void aCallFromAnotherPartyDoesNotEndTheWait() {
    ScenarioRun run =
        waitingOnTheEndUserFromThursday1110()
            .inboundContact(MATTER, friday("15:00"), CLIENT, MANAGER, "reached")
            .until(tuesday("09:00"))
            .run();

    assertThat(run.only(STALLED)).containsEntry("firstRaisedAt", monday("11:10"));
  }

  @Test
  void noStalledDependencyAfterTheDependencyIsCleared() {
    ScenarioRun run =
        waitingOnTheEndUserFromThursday1110()
            .cleared(MATTER, friday("10:00"), END_USER)
            .until(tuesday("09:00"))
            .run();

    assertThat(run.alerts()).isEmpty();
  }

  @Test
  void clearingAWaitOnAnotherPartyLeavesThisWaitOpen() {
    ScenarioRun run =
        waitingOnTheEndUserFromThursday1110()
            .cleared(MATTER, friday("10:00"), CLIENT)
            .until(tuesday("09:00"))
            .run();

    assertThat(run.only(STALLED)).containsEntry("dedupKey", "STALLED_DEPENDENCY:M-1:u-suzuki");
  }

  @Test
  void wordFromThePartyAfterTheDeadlineLeavesTheStalledAlertOpen() {
    ScenarioRun run =
        waitingOnTheEndUserFromThursday1110()
            .inboundContact(MATTER, monday("15:00"), END_USER, ASSIGNEE, "reached")
            .until(tuesday("09:00"))
            .run();

    assertThat(run.only(STALLED))
        .containsEntry("firstRaisedAt", monday("11:10"))
        .containsEntry("state", "open");
  }

  @Test
  void waitsOnTwoPartiesAreTwoAlerts() {
    ScenarioRun run =
        waitingOnTheEndUserFromThursday1110()
            .waiting(MATTER, thursday("11:20"), CLIENT)
            .until(tuesday("09:00"))
            .run();

    assertThat(run.ofType(STALLED))
        .extracting(a -> a.get("dedupKey"))
        .containsExactly("STALLED_DEPENDENCY:M-1:u-suzuki", "STALLED_DEPENDENCY:M-1:c-yamada");
  }
}
