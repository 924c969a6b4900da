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
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Contract sections 1 and 2: when a promise is kept, broken or at risk. Unless said otherwise, the
 * manager s-ikumi promises client c-yamada at 10:00 on Thursday that assignee s-aoi will contact
 * end user u-suzuki by noon.
 */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "rule-author", "admin"})
class PromiseRulesTest {
  private static final String BROKEN = "BROKEN_PROMISE";
  private static final String AT_RISK = "PROMISE_AT_RISK";

  /** Matter M-1 opened at 10:00, promise P-1 made at 10:00 to reach u-suzuki by 12:00. */
  private static ScenarioBuilder promiseToContactTheEndUserByNoon() {
    return scenario()
        .matterOpened(MATTER, thursday("10:00"))
        .promise(MATTER, "P-1", thursday("10:00"), MANAGER, CLIENT)
        .id("p1")
        .target(END_USER)
        .due(thursday("12:00"));
  }

  // ---- BROKEN_PROMISE ----

  @Test
  void brokenPromiseIsRaisedAtTheDueTimeWhenNoOneKeepsIt() {
    ScenarioRun run = promiseToContactTheEndUserByNoon().until(thursday("14:00")).run();

    assertThat(run.types()).containsExactly(AT_RISK, BROKEN);
    Map<String, Object> broken = run.only(BROKEN);
    assertThat(broken)
        .containsEntry("severity", "critical")
        .containsEntry("matterId", MATTER)
        .containsEntry("team", "t-ops")
        .containsEntry("manager", MANAGER)
        .containsEntry("dedupKey", "BROKEN_PROMISE:M-1:P-1")
        .containsEntry("firstRaisedAt", thursday("12:00"))
        .containsEntry("lastRaisedAt", thursday("12:00"))
        .containsEntry("occurrences", 1)
        .containsEntry("state", "open")
        .containsEntry("rule", "A promise passes its due time unkept");
    assertThat(ScenarioRun.evidence(broken)).contains("/crm/p1");
    assertThat((String) broken.get("summary")).contains("P-1", "M-1", END_USER);
    assertThat((String) broken.get("ruleSet")).startsWith("rs-").isEqualTo(run.ruleSet());
  }

  @Test
  void brokenPromiseIsNotRaisedBeforeItsDueTime() {
    ScenarioRun run = promiseToContactTheEndUserByNoon().until(thursday("11:59")).run();

    assertThat(run.types()).containsExactly(AT_RISK);
  }

  @Test
  void promiseIsKeptWhenTheOwnerCallsTheTargetBeforeDue() {
    ScenarioRun run =
        promiseToContactTheEndUserByNoon()
            .owner(ASSIGNEE)
            .contact(MATTER, thursday("11:00"), ASSIGNEE, END_USER, "reached")
            .until(thursday("14:00"))
            .run();

    assertThat(run.alerts()).isEmpty();
  }

  @Test
  void promiseIsKeptWhenTheOwnerLeavesAMessageBeforeDue() {
    ScenarioRun run =
        promiseToContactTheEndUserByNoon()
            .contact(MATTER, thursday("11:00"), ASSIGNEE, END_USER, "left-message")
            .until(thursday("14:00"))
            .run();

    assertThat(run.alerts()).isEmpty();
  }

  @Test
  void promiseIsKeptWhenTheAssigneeRatherThanTheOwnerCalls() {
    ScenarioRun run =
        promiseToContactTheEndUserByNoon()
            .owner("s-sato-m")
            .contact(MATTER, thursday("11:00"), ASSIGNEE, END_USER, "reached")
            .until(thursday("14:00"))
            .run();

    assertThat(run.alerts()).isEmpty();
  }

  @Test
  void promiseIsKeptByTheAssigneeAtTheTimeOfTheCallAfterAReassignment() {
    ScenarioRun run =
        promiseToContactTheEndUserByNoon()
            .owner("s-sato-m")
            .matterAssigned(MATTER, thursday("10:30"), "s-sato-k")
            .contact(MATTER, thursday("11:00"), "s-sato-k", END_USER, "reached")
            .until(thursday("14:00"))
            .run();

    assertThat(run.alerts()).isEmpty();
  }

  @Test
  void aCallByTheManagerKeepsNothingSoThePromiseBreaks() {
    ScenarioRun run =
        promiseToContactTheEndUserByNoon()
            .owner(ASSIGNEE)
            .contact(MATTER, thursday("10:20"), MANAGER, END_USER, "reached")
            .with("note", "担当者からの連絡を待つよう依頼")
            .until(thursday("14:00"))
            .run();

    assertThat(run.types()).containsExactly(AT_RISK, BROKEN);
    assertThat(run.only(BROKEN)).containsEntry("firstRaisedAt", thursday("12:00"));
  }

  @Test
  void aCallToSomeoneOtherThanTheTargetKeepsNothing() {
    ScenarioRun run =
        promiseToContactTheEndUserByNoon()
            .contact(MATTER, thursday("11:00"), ASSIGNEE, CLIENT, "reached")
            .until(thursday("14:00"))
            .run();

    assertThat(run.only(BROKEN)).containsEntry("firstRaisedAt", thursday("12:00"));
  }

  @Test
  void aCallThatIsNotAnsweredKeepsNothing() {
    ScenarioRun run =
        promiseToContactTheEndUserByNoon()
            .contact(MATTER, thursday("11:00"), ASSIGNEE, END_USER, "no-answer")
            .until(thursday("14:00"))
            .run();

    assertThat(run.types()).containsExactly(AT_RISK, BROKEN);
    assertThat(run.only(BROKEN)).containsEntry("firstRaisedAt", thursday("12:00"));
  }

  @Test
  void aCallAfterTheDueTimeKeepsNothing() {
    ScenarioRun run =
        promiseToContactTheEndUserByNoon()
            .contact(MATTER, thursday("12:30"), ASSIGNEE, END_USER, "reached")
            .until(thursday("14:00"))
            .run();

    assertThat(run.types()).containsExactly(AT_RISK, BROKEN);
    assertThat(run.only(BROKEN))
        .containsEntry("firstRaisedAt", thursday("12:00"))
        .containsEntry("state", "open");
  }

  @Test
  void aCallBeforeThePromiseWasMadeKeepsNothing() {
    ScenarioRun run =
        scenario()
            .matterOpened(MATTER, thursday("09:00"))
            .contact(MATTER, thursday("09:30"), ASSIGNEE, END_USER, "reached")
            .promise(MATTER, "P-1", thursday("10:00"), MANAGER, CLIENT)
            .target(END_USER)
            .due(thursday("12:00"))
            .until(thursday("14:00"))
            .run();

    assertThat(run.only(BROKEN)).containsEntry("firstRaisedAt", thursday("12:00"));
  }

  @Test
  void aCallExactlyAtTheDueTimeKeepsThePromise() {
    ScenarioRun run =
        promiseToContactTheEndUserByNoon()
            .contact(MATTER, thursday("12:00"), ASSIGNEE, END_USER, "reached")
            .until(thursday("14:00"))
            .run();

    assertThat(run.types()).containsExactly(AT_RISK);
  }

  @Test
  void atItsDueTimeItselfAPromiseIsNotYetBroken() {
    ScenarioRun run = promiseToContactTheEndUserByNoon().until(thursday("12:00")).run();

    assertThat(run.types()).containsExactly(AT_RISK);
  }

  @Test
  void aPromiseWithdrawnExactlyAtItsDueTimeIsNotBroken() {
    ScenarioRun run =
        promiseToContactTheEndUserByNoon()
            .promiseWithdrawn(MATTER, "P-1", thursday("12:00"))
            .until(thursday("14:00"))
            .run();

    assertThat(run.types()).containsExactly(AT_RISK);
  }

  @Test
  void aReplyPromiseIsKeptByAContactToWhomItWasMadeTo() {
    ScenarioRun run =
        scenario()
            .matterOpened(MATTER, thursday("10:00"))
            .promise(MATTER, "P-1", thursday("10:00"), MANAGER, CLIENT)
            .kind("reply")
            .target(END_USER)
            .due(thursday("12:00"))
            .contact(MATTER, thursday("11:00"), ASSIGNEE, CLIENT, "reached")
            .with("channel", "email")
            .until(thursday("14:00"))
            .run();

    assertThat(run.alerts()).isEmpty();
  }

  @Test
  void aReplyPromiseIsNotKeptByAContactToSomeoneElse() {
    ScenarioRun run =
        scenario()
            .matterOpened(MATTER, thursday("10:00"))
            .promise(MATTER, "P-1", thursday("10:00"), MANAGER, CLIENT)
            .kind("reply")
            .due(thursday("12:00"))
            .contact(MATTER, thursday("11:00"), ASSIGNEE, END_USER, "reached")
            .until(thursday("14:00"))
            .run();

    assertThat(run.only(BROKEN)).containsEntry("firstRaisedAt", thursday("12:00"));
  }

  @Test
  void aPromiseWithinAnHourDurationIsDueThatMuchElapsedTimeLater() {
    ScenarioRun run =
        scenario()
            .matterOpened(MATTER, thursday("10:00"))
            .promise(MATTER, "P-1", thursday("10:00"), MANAGER, END_USER)
            .within("PT2H")
            .until(thursday("14:00"))
            .run();

    assertThat(run.types()).containsExactly(AT_RISK, BROKEN);
    assertThat(run.only(BROKEN)).containsEntry("firstRaisedAt", thursday("12:00"));
  }

  @Test
  void aPromiseWithinAnHourDurationCountsEveningHoursToo() {
    ScenarioRun run =
        scenario()
            .matterOpened(MATTER, thursday("10:00"))
            .promise(MATTER, "P-1", thursday("17:00"), MANAGER, END_USER)
            .within("PT2H")
            .until(thursday("23:00"))
            .run();

    assertThat(run.only(BROKEN)).containsEntry("firstRaisedAt", thursday("19:00"));
    assertThat(run.only(AT_RISK)).containsEntry("firstRaisedAt", thursday("18:30"));
  }

  @Test
  void aPromiseByEndOfDayIsDueAtSixInTheEvening() {
    ScenarioRun run =
        scenario()
            .matterOpened(MATTER, thursday("10:00"))
            .promise(MATTER, "P-1", thursday("10:00"), MANAGER, END_USER)
            .by("end-of-day")
            .until(thursday("23:00"))
            .run();

    assertThat(run.types()).containsExactly(AT_RISK, BROKEN);
    assertThat(run.only(BROKEN)).containsEntry("firstRaisedAt", thursday("18:00"));
    assertThat(run.only(AT_RISK)).containsEntry("firstRaisedAt", thursday("16:00"));
  }

  @Test
  void aPromiseByEndOfDayMadeAfterHoursIsDueAtTheEndOfTheNextBusinessDay() {
    ScenarioRun run =
        scenario()
            .matterOpened(MATTER, thursday("10:00"))
            .promise(MATTER, "P-1", thursday("19:00"), MANAGER, END_USER)
            .by("end-of-day")
            .until(monday("09:00"))
            .run();

    assertThat(run.only(BROKEN)).containsEntry("firstRaisedAt", friday("18:00"));
    // 75% of Friday's nine business hours
    assertThat(run.only(AT_RISK)).containsEntry("firstRaisedAt", friday("15:45"));
  }

  @Test
  void aPromiseByEndOfNextBusinessDayMadeOnThursdayIsDueOnFridayEvening() {
    ScenarioRun run =
        scenario()
            .matterOpened(MATTER, thursday("10:00"))
            .promise(MATTER, "P-1", thursday("10:00"), MANAGER, END_USER)
            .by("end-of-next-business-day")
            .until(monday("09:00"))
            .run();

    assertThat(run.only(BROKEN)).containsEntry("firstRaisedAt", friday("18:00"));
  }

  @Test
  void aWithdrawnPromiseIsNotBroken() {
    ScenarioRun run =
        promiseToContactTheEndUserByNoon()
            .promiseWithdrawn(MATTER, "P-1", thursday("11:00"))
            .with("reason", "client will call instead")
            .until(thursday("14:00"))
            .run();

    assertThat(run.alerts()).isEmpty();
  }

  @Test
  void withdrawingAnotherPromiseLeavesThisOneOwed() {
    ScenarioRun run =
        promiseToContactTheEndUserByNoon()
            .promiseWithdrawn(MATTER, "P-2", thursday("11:00"))
            .until(thursday("14:00"))
            .run();

    assertThat(run.only(BROKEN)).containsEntry("dedupKey", "BROKEN_PROMISE:M-1:P-1");
  }

  // ---- callbacks promised on inbound calls ----

  /** The story's main-line call: u-suzuki by phone, asking for "ねーさん", callback promised. */
  private static ScenarioBuilder callbackPromisedOnTheMainLine() {
    return scenario()
        .matterOpened(MATTER, thursday("10:00"))
        .mainLineCall(
            thursday("10:12"), "s-nakamura", "スズキ", "09012345678", "ねーさん", "callback-promised");
  }

  @Test
  void aCallbackPromisedOnAnInboundCallBreaksAfterThirtyMinutesWithoutACallBack() {
    ScenarioRun run = callbackPromisedOnTheMainLine().until(thursday("12:00")).run();

    assertThat(run.types()).containsExactly(AT_RISK, BROKEN);
    Map<String, Object> broken = run.only(BROKEN);
    assertThat(broken)
        .containsEntry("severity", "critical")
        .containsEntry("matterId", MATTER)
        .containsEntry("manager", MANAGER)
        .containsEntry("firstRaisedAt", thursday("10:42"))
        .containsEntry("dedupKey", "BROKEN_PROMISE:M-1:callback-/reception/e1");
    assertThat(ScenarioRun.evidence(broken)).contains("/reception/e1");
    assertThat(run.only(AT_RISK)).containsEntry("firstRaisedAt", thursday("10:34:30"));
  }

  @Test
  void aCallbackIsKeptWhenTheStaffMemberAskedForCallsBack() {
    ScenarioRun run =
        callbackPromisedOnTheMainLine()
            .contact(MATTER, thursday("10:20"), MANAGER, END_USER, "reached")
            .until(thursday("12:00"))
            .run();

    assertThat(run.alerts()).isEmpty();
  }

  @Test
  void aCallbackAtTheEndOfTheCallbackWindowKeepsIt() {
    ScenarioRun run =
        callbackPromisedOnTheMainLine()
            .contact(MATTER, thursday("10:42"), MANAGER, END_USER, "reached")
            .until(thursday("12:00"))
            .run();

    assertThat(run.types()).containsExactly(AT_RISK);
  }

  @Test
  void aCallbackByAnotherSatoKeepsNothing() {
    ScenarioRun run =
        callbackPromisedOnTheMainLine()
            .contact(MATTER, thursday("10:20"), "s-sato-k", END_USER, "reached")
            .until(thursday("12:00"))
            .run();

    assertThat(run.only(BROKEN)).containsEntry("firstRaisedAt", thursday("10:42"));
  }

  @Test
  void aCallbackAfterTheCallbackWindowKeepsNothing() {
    ScenarioRun run =
        callbackPromisedOnTheMainLine()
            .contact(MATTER, thursday("10:50"), MANAGER, END_USER, "reached")
            .until(thursday("12:00"))
            .run();

    assertThat(run.only(BROKEN))
        .containsEntry("firstRaisedAt", thursday("10:42"))
        .containsEntry("state", "open");
  }

  // ---- PROMISE_AT_RISK ----

  @Test
  void promiseIsAtRiskOnceThreeQuartersOfAnElapsedWindowHavePassed() {
    ScenarioRun run =
        scenario()
            .matterOpened(MATTER, thursday("10:00"))
            .promise(MATTER, "P-1", thursday("10:00"), MANAGER, END_USER)
            .id("p1")
            .within("PT2H")
            .until(thursday("11:45"))
            .run();

    Map<String, Object> atRisk = run.only(AT_RISK);
    assertThat(run.alerts()).hasSize(1);
    assertThat(atRisk)
        .containsEntry("severity", "warning")
        .containsEntry("matterId", MATTER)
        .containsEntry("manager", MANAGER)
        .containsEntry("dedupKey", "PROMISE_AT_RISK:M-1:P-1")
        .containsEntry("firstRaisedAt", thursday("11:30"))
        .containsEntry("state", "open");
    assertThat(ScenarioRun.evidence(atRisk)).contains("/crm/p1");
  }

  @Test
  void promiseIsNotAtRiskBeforeThreeQuartersOfItsWindow() {
    ScenarioRun run =
        scenario()
            .matterOpened(MATTER, thursday("10:00"))
            .promise(MATTER, "P-1", thursday("10:00"), MANAGER, END_USER)
            .within("PT2H")
            .until(thursday("11:29"))
            .run();

    assertThat(run.alerts()).isEmpty();
  }

  @Test
  void promiseToEndOfNextBusinessDayIsAtRiskAfterThreeQuartersOfTheBusinessTime() {
    // Thursday 10:00 to Friday 18:00 holds 8 + 9 = 17 business hours; 75% is 12h45m:
    // the 8 hours left on Thursday, then 4h45m from Friday's opening.
    ScenarioRun run =
        scenario()
            .matterOpened(MATTER, thursday("10:00"))
            .promise(MATTER, "P-1", thursday("10:00"), MANAGER, END_USER)
            .by("end-of-next-business-day")
            .until(friday("14:00"))
            .run();

    assertThat(run.types()).containsExactly(AT_RISK);
    assertThat(run.only(AT_RISK)).containsEntry("firstRaisedAt", friday("13:45"));
  }

  @Test
  void promiseKeptBeforeThreeQuartersOfItsWindowIsNeverAtRisk() {
    ScenarioRun run =
        scenario()
            .matterOpened(MATTER, thursday("10:00"))
            .promise(MATTER, "P-1", thursday("10:00"), MANAGER, END_USER)
            .within("PT2H")
            .contact(MATTER, thursday("11:00"), ASSIGNEE, END_USER, "reached")
            .until(thursday("14:00"))
            .run();

    assertThat(run.alerts()).isEmpty();
  }

  @Test
  void aCallExactlyWhenThreeQuartersOfTheWindowHavePassedKeepsThePromiseOutOfRisk() {
    ScenarioRun run =
        scenario()
            .matterOpened(MATTER, thursday("10:00"))
            .promise(MATTER, "P-1", thursday("10:00"), MANAGER, END_USER)
            .within("PT2H")
            .contact(MATTER, thursday("11:30"), ASSIGNEE, END_USER, "reached")
            .until(thursday("14:00"))
            .run();

    assertThat(run.alerts()).isEmpty();
  }

  @Test
  void anAtRiskAlertIsResolvedWhenThePromiseIsKeptBeforeDue() {
    ScenarioRun run =
        scenario()
            .matterOpened(MATTER, thursday("10:00"))
            .promise(MATTER, "P-1", thursday("10:00"), MANAGER, END_USER)
            .within("PT2H")
            .contact(MATTER, thursday("11:45"), ASSIGNEE, END_USER, "reached")
            .until(thursday("14:00"))
            .run();

    assertThat(run.types()).containsExactly(AT_RISK);
    assertThat(run.only(AT_RISK))
        .containsEntry("firstRaisedAt", thursday("11:30"))
        .containsEntry("state", "resolved")
        .containsEntry("resolvedAt", thursday("11:45"));
  }
}
