package dev.yakusoku.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yakusoku.support.LiveService;
import dev.yakusoku.support.SignedIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Optimistic locking on alerts: a change written from a stale read of an alert fails rather than
 * overwrite what another transaction wrote meanwhile, and the loser runs again on fresh state. Each
 * race is made by committing a change in a second transaction, on another thread, between the first
 * transaction's read and its write.
 */
@QuarkusTest
class AlertConcurrencyTest {
  private static final Instant ELEVEN = Instant.parse("2026-11-26T02:00:00Z");
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  @Inject LiveService live;
  @Inject AlertService alerts;
  @Inject AlertTransactions transactions;

  private String id;

  @BeforeEach
  void duplicateEscalationOpen() {
    live.resetAt("2026-11-26T09:59:00+09:00");
    live.putStoryDirectory();
    live.postStoryEvents("e1", "e2", "e3", "e4");
    id = live.awaitAlerts("type=DUPLICATE_ESCALATION", 1).extract().path("[0].id");
  }

  @Test
  void aWriteFromAStaleReadFailsAndTheConcurrentEscalationStands() {
    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () -> {
                          Alert stale = Alert.findById(id);
                          escalateInAnotherTransaction();
                          stale.acknowledge(SignedIn.IKUMI, "calling back", ELEVEN);
                          Alert.flush();
                        }))
        .matches(AlertTransactions::lostARace, "an optimistic-lock conflict");

    Alert fresh = read();
    assertThat(fresh.manager).isEqualTo("s-boss");
    assertThat(fresh.escalatedFrom).isEqualTo(SignedIn.IKUMI);
    assertThat(fresh.state).isEqualTo(AlertState.OPEN);
    assertThat(fresh.version).isEqualTo(1);
  }

  @Test
  void anAcknowledgementThatLosesToAnEscalationIsReappliedOnTheEscalatedAlert() {
    AtomicInteger attempts = new AtomicInteger();

    AlertView acknowledged =
        transactions
            .personsAct(
                () ->
                    alerts.change(
                        id,
                        a -> {
                          if (attempts.incrementAndGet() == 1) {
                            escalateInAnotherTransaction();
                          }
                          a.acknowledge(SignedIn.IKUMI, "calling back", ELEVEN);
                        }))
            .orElseThrow();

    assertThat(attempts).hasValue(2);
    assertThat(acknowledged.state()).isEqualTo(AlertState.ACKNOWLEDGED);
    assertThat(acknowledged.acknowledgedBy()).isEqualTo(SignedIn.IKUMI);
    assertThat(acknowledged.manager()).as("the escalation is kept").isEqualTo("s-boss");
    assertThat(acknowledged.escalatedFrom()).isEqualTo(SignedIn.IKUMI);
    assertThat(read().notes)
        .anyMatch(n -> n.startsWith("escalated from s-ikumi to s-boss"))
        .contains("s-ikumi: calling back");
  }

  @Test
  void aPersonsActThatLosesTwiceIsRefusedAsAConflictAndChangesNothing() {
    assertThatThrownBy(
            () ->
                transactions.personsAct(
                    () ->
                        alerts.change(
                            id,
                            a -> {
                              noteInAnotherTransaction("a new occurrence meanwhile");
                              a.acknowledge(SignedIn.IKUMI, null, ELEVEN);
                            })))
        .isInstanceOf(AlertChangedConcurrentlyException.class);

    Alert fresh = read();
    assertThat(fresh.state).isEqualTo(AlertState.OPEN);
    assertThat(fresh.notes).filteredOn("a new occurrence meanwhile"::equals).hasSize(2);
  }

  @Test
  void anEngineJudgementRunsAgainOnFreshStateUntilItIsRecorded() {
    AtomicInteger attempts = new AtomicInteger();

    List<String> notes =
        transactions.engineSide(
            () -> {
              Alert alert = Alert.findById(id);
              int attempt = attempts.incrementAndGet();
              if (attempt < AlertTransactions.ENGINE_ATTEMPTS) {
                noteInAnotherTransaction("a person's act " + attempt);
              }
              alert.notes.add("the engine's judgement");
              Alert.flush();
              return List.copyOf(alert.notes);
            });

    assertThat(attempts).hasValue(AlertTransactions.ENGINE_ATTEMPTS);
    assertThat(notes)
        .contains("a person's act 1", "a person's act 4", "the engine's judgement")
        .filteredOn("the engine's judgement"::equals)
        .hasSize(1);
    assertThat(read().notes).isEqualTo(notes);
  }

  /** The escalation ladder's move to s-boss, committed by another transaction on another thread. */
  private void escalateInAnotherTransaction() {
    inAnotherTransaction(
        () -> Alert.<Alert>findById(id).escalate("t-exec", "s-boss", ELEVEN, TOKYO, "racing"));
  }

  private void noteInAnotherTransaction(String note) {
    inAnotherTransaction(() -> Alert.<Alert>findById(id).notes.add(note));
  }

  private static void inAnotherTransaction(Runnable change) {
    CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(change)).join();
  }

  private Alert read() {
    return QuarkusTransaction.requiringNew().call(() -> Alert.<Alert>findById(id));
  }
}
