package dev.yakusoku.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yakusoku.alerts.InMemoryAlertLedger;
import dev.yakusoku.alerts.SignalingAlertSink;
import dev.yakusoku.calendar.BusinessCalendar;
import dev.yakusoku.directory.CallerResolver;
import dev.yakusoku.directory.DirectoryEntry;
import dev.yakusoku.directory.PhoneNumbers;
import dev.yakusoku.events.AcceptedEvent;
import dev.yakusoku.events.EventData;
import dev.yakusoku.facts.EngineSettings;
import dev.yakusoku.rules.LiveRuleSet;
import dev.yakusoku.rules.RuleSet;
import dev.yakusoku.rules.RuleSetCompiler;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Working memory holds what is open, not what has been: once matters resolve, calls of no matter
 * age past their retention and staff members' availabilities are superseded, the engine holds what
 * it held before them, however many there were.
 */
class WorkingMemoryBaselineTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant START = Instant.parse("2026-11-02T00:30:00Z");
  private static final Duration RETENTION = Duration.ofDays(2);
  private static final int STAFF = 3;
  private static RuleSet shipped;

  @BeforeAll
  static void compileTheShippedRules() {
    Map<String, String> files = LiveRuleSet.readDrl(Path.of("rules"));
    shipped =
        new RuleSetCompiler(WorkingMemoryBaselineTest.class.getClassLoader())
            .compile(files, Instant.EPOCH)
            .ruleSet()
            .orElseThrow();
  }

  @Test
  void resolvedMattersOldUntiedCallsAndSupersededAvailabilitiesLeaveNothingBehind() {
    List<Engine.Held> after = new ArrayList<>();
    for (int matters : new int[] {100, 1_000}) {
      try (Engine engine = engine()) {
        Engine.Held baseline = engine.held();
        Instant last = START;
        for (AcceptedEvent e : history(matters)) {
          engine.advanceTo(e.time());
          engine.apply(e);
          last = e.time();
        }
        // while recent, what happened is held: the last matter's events, the untied calls
        assertThat(engine.held().appliedRefs()).isGreaterThan(matters);
        engine.advanceTo(last.plus(RETENTION).plusSeconds(1));
        assertThat(engine.openMatterIds()).isEmpty();
        Engine.Held held = engine.held();
        // one availability a staff member, their latest, and nothing else
        assertThat(held.facts()).isEqualTo(baseline.facts() + STAFF);
        assertThat(held.appliedRefs()).isEqualTo(baseline.appliedRefs() + STAFF);
        assertThat(held.mattersKnown()).isEqualTo(baseline.mattersKnown());
        after.add(held);
      }
    }
    assertThat(after.get(1)).isEqualTo(after.get(0));
  }

  @Test
  void anUntiedCallStaysForRulesToSeeUntilItsRetentionPasses() {
    try (Engine engine = engine()) {
      long baseline = engine.held().facts();
      AcceptedEvent call = untiedCall(0, START);
      engine.advanceTo(START);
      engine.apply(call);
      engine.advanceTo(START.plus(RETENTION).minusSeconds(1));
      assertThat(engine.held().facts()).isEqualTo(baseline + 1);
      assertThat(engine.hasApplied(call.ref())).isTrue();
      engine.advanceTo(START.plus(RETENTION));
      assertThat(engine.held().facts()).isEqualTo(baseline);
      assertThat(engine.hasApplied(call.ref())).isFalse();
    }
  }

  @Test
  void aStaffMembersEarlierWordDoesNotReplaceTheirLatest() {
    try (Engine engine = engine()) {
      long baseline = engine.held().facts();
      AcceptedEvent away = availability("s-0", "away", START.plusSeconds(60), 1);
      AcceptedEvent earlier = availability("s-0", "available", START, 2);
      engine.advanceTo(START.plusSeconds(60));
      engine.apply(away);
      engine.apply(earlier);
      assertThat(engine.held().facts()).isEqualTo(baseline + 1);
      assertThat(engine.hasApplied(away.ref())).isTrue();
    }
  }

  private static Engine engine() {
    EngineContext context =
        new EngineContext(
            BusinessCalendar.standard(),
            EngineSettings.defaults(),
            new CallerResolver(new PhoneNumbers("JP")),
            RETENTION);
    InMemoryAlertLedger ledger = new InMemoryAlertLedger();
    Engine engine =
        new Engine(
            shipped, context, new SignalingAlertSink(shipped.version(), ledger::apply), START);
    engine.putTeam("t-0", "Support", "s-0");
    for (int s = 0; s < STAFF; s++) {
      engine.putParty(
          new DirectoryEntry("s-" + s, "staff", "Staff " + s, List.of("st" + s), List.of(), "t-0"));
    }
    return engine;
  }

  /**
   * Matters opened a minute apart, each escalated, promised, called back, asked to wait and
   * cleared, then resolved; between them calls from numbers nobody knows, and staff saying where
   * they are.
   */
  private static List<AcceptedEvent> history(int matters) {
    List<AcceptedEvent> events = new ArrayList<>();
    for (int m = 0; m < matters; m++) {
      String matter = "M-" + m;
      String client = "u-" + m;
      Instant t = START.plus(Duration.ofMinutes(m));
      events.add(
          event(
              matter,
              "matter.opened",
              t,
              data("client", client, "team", "t-0", "assignee", "s-1", "title", matter)));
      events.add(
          event(
              matter,
              "escalation.raised",
              t.plusSeconds(10),
              data("by", client, "to", "s-0", "channel", "chat")));
      events.add(
          event(
              matter,
              "promise.made",
              t.plusSeconds(20),
              data(
                  "promiseId",
                  "P-" + m,
                  "madeBy",
                  "s-0",
                  "madeTo",
                  client,
                  "owner",
                  "s-1",
                  "kind",
                  "contact",
                  "within",
                  "PT2H")));
      events.add(
          event(
              matter,
              "contact.logged",
              t.plusSeconds(30),
              data(
                  "channel",
                  "phone",
                  "direction",
                  "outbound",
                  "from",
                  "s-1",
                  "to",
                  client,
                  "outcome",
                  "asked-to-wait")));
      events.add(event(matter, "dependency.cleared", t.plusSeconds(40), data("on", client)));
      events.add(event(matter, "matter.resolved", t.plusSeconds(50), data()));
      events.add(untiedCall(m, t.plusSeconds(55)));
      events.add(availability("s-" + (m % STAFF), m % 2 == 0 ? "away" : "available", t, m));
    }
    events.sort(Comparator.comparing(AcceptedEvent::time));
    return events;
  }

  private static AcceptedEvent untiedCall(int n, Instant time) {
    return event(
        null,
        "contact.logged",
        time,
        data(
            "channel",
            "main-line",
            "direction",
            "inbound",
            "callerPhone",
            String.format("080%08d", n),
            "outcome",
            "message-taken"));
  }

  private static AcceptedEvent availability(String staff, String status, Instant time, int n) {
    return event(null, "staff.availability", time, data("staff", staff, "status", status), n);
  }

  private static AcceptedEvent event(String matter, String type, Instant time, ObjectNode data) {
    return event(matter, type, time, data, 0);
  }

  private static AcceptedEvent event(
      String matter, String type, Instant time, ObjectNode data, int n) {
    return new AcceptedEvent(
        "/working-memory",
        type + "/" + time + "/" + matter + "/" + n,
        type,
        matter,
        time,
        EventData.read(type, data));
  }

  private static ObjectNode data(String... pairs) {
    ObjectNode node = JSON.createObjectNode();
    for (int i = 0; i < pairs.length; i += 2) {
      node.put(pairs[i], pairs[i + 1]);
    }
    return node;
  }
}
