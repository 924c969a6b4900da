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
import static org.assertj.core.api.Assertions.assertThat;

import dev.yakusoku.support.ScenarioBuilder;
import dev.yakusoku.support.ScenarioBuilder.ScenarioRun;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

/**
 * Contract section 1: while a matter waits on a party its open promises are paused, and their due
 * time moves out by the paused span. P-1 is made at 09:30 on Thursday: s-aoi will reach u-suzuki by
 * noon.
 */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "rule-author", "admin"})
class PauseArithmeticTest {
  private static final String BROKEN = "BROKEN_PROMISE";
  private static final String AT_RISK = "PROMISE_AT_RISK";

  private static ScenarioBuilder promiseDueAtNoon() {
    return scenario()
        .matterOpened(MATTER, thursday("09:00"))
        .promise(MATTER, "P-1", thursday("09:30"), MANAGER, CLIENT)
        .target(END_USER)
        .due(thursday("12:00"));
  }

  @Test
  void anHourWaitingOnThePartyMovesTheDueTimeOutByAnHour() {
    ScenarioRun run =
        promiseDueAtNoon()
            .waiting(MATTER, thursday("10:00"), CLIENT)
            .cleared(MATTER, thursday("11:00"), CLIENT)
            .until(thursday("18:00"))
            .run();

    assertThat(run.types()).containsExactly(AT_RISK, BROKEN);
    assertThat(run.only(BROKEN))
        .containsEntry("firstRaisedAt", thursday("13:00"))
        .containsEntry("dedupKey", "BROKEN_PROMISE:M-1:P-1");
    // 75% of 09:30..12:00 is 11:22:30, moved out by the hour paused
    assertThat(run.only(AT_RISK)).containsEntry("firstRaisedAt", thursday("12:22:30"));
  }

  @Test
  void aPausedPromiseIsNotBrokenAtItsOriginalDueTime() {
    ScenarioRun run =
        promiseDueAtNoon()
            .waiting(MATTER, thursday("10:00"), CLIENT)
            .cleared(MATTER, thursday("11:00"), CLIENT)
            .until(thursday("12:59"))
            .run();

    assertThat(run.types()).containsExactly(AT_RISK);
  }

  @Test
  void twoWaitsAddUp() {
    ScenarioRun run =
        promiseDueAtNoon()
            .waiting(MATTER, thursday("10:00"), CLIENT)
            .cleared(MATTER, thursday("10:30"), CLIENT)
            .waiting(MATTER, thursday("11:00"), END_USER)
            .cleared(MATTER, thursday("11:30"), END_USER)
            .until(thursday("18:00"))
            .run();

    assertThat(run.only(BROKEN)).containsEntry("firstRaisedAt", thursday("13:00"));
  }

  @Test
  void aWaitThatEndedBeforeThePromiseWasMadeMovesNothing() {
    ScenarioRun run =
        scenario()
            .matterOpened(MATTER, thursday("09:00"))
            .waiting(MATTER, thursday("09:10"), CLIENT)
            .cleared(MATTER, thursday("09:20"), CLIENT)
            .promise(MATTER, "P-1", thursday("09:30"), MANAGER, CLIENT)
            .target(END_USER)
            .due(thursday("12:00"))
            .until(thursday("18:00"))
            .run();

    assertThat(run.only(BROKEN)).containsEntry("firstRaisedAt", thursday("12:00"));
  }

  @Test
  void anOpenWaitHoldsThePromiseForAsLongAsItLasts() {
    ScenarioRun run =
        promiseDueAtNoon().waiting(MATTER, thursday("10:00"), CLIENT).until(friday("17:00")).run();

    assertThat(run.alerts()).isEmpty();
  }

  @Test
  void aWaitLeftOpenPastItsFollowUpIsReportedAsStalledButThePromiseStillDoesNotBreak() {
    ScenarioRun run =
        promiseDueAtNoon().waiting(MATTER, thursday("10:00"), CLIENT).until(monday("17:00")).run();

    assertThat(run.types()).containsExactly("STALLED_DEPENDENCY");
    assertThat(run.only("STALLED_DEPENDENCY")).containsEntry("firstRaisedAt", monday("10:00"));
  }

  @Test
  void aPromiseKeptWhileItsMatterWaitsIsNotBroken() {
    ScenarioRun run =
        promiseDueAtNoon()
            .waiting(MATTER, thursday("10:00"), CLIENT)
            .contact(MATTER, thursday("12:30"), ASSIGNEE, END_USER, "reached")
            .cleared(MATTER, thursday("13:00"), CLIENT)
            .until(thursday("18:00"))
            .run();

    assertThat(run.alerts()).isEmpty();
  }

  @Test
  void askingThePartyToWaitPausesThePromiseUntilThePartyCallsIn() {
    ScenarioRun run =
        promiseDueAtNoon()
            .contact(MATTER, thursday("10:00"), MANAGER, CLIENT, "asked-to-wait")
            .inboundContact(MATTER, thursday("11:00"), CLIENT, MANAGER, "reached")
            .until(thursday("18:00"))
            .run();

    assertThat(run.types()).containsExactly(AT_RISK, BROKEN);
    assertThat(run.only(BROKEN)).containsEntry("firstRaisedAt", thursday("13:00"));
  }

  @Test
  void aCallFromSomeoneElseDoesNotEndTheWaitStartedByAskingThePartyToWait() {
    ScenarioRun run =
        promiseDueAtNoon()
            .contact(MATTER, thursday("10:00"), MANAGER, CLIENT, "asked-to-wait")
            .inboundContact(MATTER, thursday("11:00"), END_USER, MANAGER, "reached")
            .until(friday("17:00"))
            .run();

    assertThat(run.alerts()).isEmpty();
  }
}
