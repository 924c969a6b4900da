package dev.yakusoku.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yakusoku.alerts.InMemoryAlertLedger;
import dev.yakusoku.alerts.SignalingAlertSink;
import dev.yakusoku.calendar.BusinessCalendar;
import dev.yakusoku.directory.CallerResolver;
import dev.yakusoku.directory.PhoneNumbers;
import dev.yakusoku.facts.EngineSettings;
import dev.yakusoku.facts.Now;
import dev.yakusoku.rules.LiveRuleSet;
import dev.yakusoku.rules.RuleSet;
import dev.yakusoku.rules.RuleSetCompiler;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.drools.base.rule.Declaration;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.BetaNode;
import org.drools.core.reteoo.EntryPointNode;
import org.drools.core.reteoo.LeftTupleSource;
import org.drools.core.reteoo.ObjectSource;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.core.reteoo.Sink;
import org.junit.jupiter.api.Test;

/**
 * A clock step costs what it passes, not what is open: the engine finds the deadlines a step passes
 * through an index, so replaying a long history over many open matters is not quadratic.
 */
class ClockStepWorkTest {
  private static final Instant START = Instant.parse("2026-11-02T00:00:00Z");
  private static final int STEPS = 200;
  private static final int DUE_DURING_STEPS = 20;

  private static final String DEADLINE_RULES =
      """
      package rules;
      import dev.yakusoku.facts.Now;
      import dev.yakusoku.engine.CountedDeadline;

      rule "A deadline passes once the clock is past it"
      when
          Now( $now : epochNanos )
          $d : CountedDeadline( !passed, dueEpochNanos < $now )
      then
          modify( $d ) { setPassed( true ) }
      end
      """;

  @Test
  void aClockStepReadsTheDeadlinesItPassesHoweverManyAreOpen() {
    long readsAt1k = readsDuringSteps(1_000);
    long readsAt20k = readsDuringSteps(20_000);
    assertThat(readsAt20k).isEqualTo(readsAt1k);
    // each passed deadline is read a few times as it passes, the far ones not at all
    assertThat(readsAt1k).isLessThanOrEqualTo(4L * DUE_DURING_STEPS);
  }

  /**
   * Engine with {@code open} deadlines, of which {@link #DUE_DURING_STEPS} pass during {@link
   * #STEPS} clock steps of a minute and the rest lie a year out; answers how often the steps read a
   * deadline.
   */
  private static long readsDuringSteps(int open) {
    RuleSet rules = compile(Map.of("deadlines.drl", DEADLINE_RULES));
    List<CountedDeadline> due = new ArrayList<>();
    try (Engine engine = engine(rules)) {
      for (int i = 0; i < open; i++) {
        boolean passes = i < DUE_DURING_STEPS;
        Instant when =
            passes
                ? START.plus(Duration.ofMinutes(i * (STEPS / DUE_DURING_STEPS) + 1)).plusSeconds(30)
                : START.plus(Duration.ofDays(365)).plusSeconds(i);
        CountedDeadline deadline = new CountedDeadline(when);
        if (passes) {
          due.add(deadline);
        }
        engine.insert(deadline);
      }
      engine.advanceTo(START.plusSeconds(1));
      long before = CountedDeadline.READS.get();
      for (int step = 1; step <= STEPS; step++) {
        engine.advanceTo(START.plus(Duration.ofMinutes(step)));
      }
      long reads = CountedDeadline.READS.get() - before;
      assertThat(due).allMatch(CountedDeadline::isPassed);
      return reads;
    }
  }

  @Test
  void everyShippedRuleThatReadsTheClockJoinsItOnAnIndex() {
    Map<String, String> files = LiveRuleSet.readDrl(Path.of("rules"));
    InternalRuleBase base = (InternalRuleBase) compile(files).kieBase();
    List<BetaNode> clockJoins = new ArrayList<>();
    for (EntryPointNode entryPoint : base.getRete().getEntryPointNodes().values()) {
      for (ObjectTypeNode type : entryPoint.getObjectTypeNodes().values()) {
        collectClockJoins(type, clockJoins);
      }
    }
    // at risk, broken, and the stalled dependency
    assertThat(clockJoins).hasSizeGreaterThanOrEqualTo(3);
    assertThat(clockJoins)
        .allSatisfy(
            join -> {
              assertThat(join.getRawConstraints().isIndexed()).as(join.toString()).isTrue();
              assertThat(readsTheClock(join.getConstraints()[0])).as(join.toString()).isTrue();
            });
  }

  private static void collectClockJoins(Object node, List<BetaNode> found) {
    if (node instanceof BetaNode join
        && !found.contains(join)
        && Stream.of(join.getConstraints()).anyMatch(ClockStepWorkTest::readsTheClock)) {
      found.add(join);
    }
    Sink[] sinks =
        node instanceof ObjectSource source
            ? source.getObjectSinkPropagator().getSinks()
            : node instanceof LeftTupleSource tuples
                ? tuples.getSinkPropagator().getSinks()
                : new Sink[0];
    for (Sink sink : sinks) {
      collectClockJoins(sink, found);
    }
  }

  private static boolean readsTheClock(org.drools.base.rule.constraint.BetaConstraint constraint) {
    for (Declaration d : constraint.getRequiredDeclarations()) {
      if (d.getPattern() != null
          && d.getPattern()
              .getObjectType()
              .isAssignableFrom(new org.drools.base.base.ClassObjectType(Now.class))) {
        return true;
      }
    }
    return false;
  }

  private static RuleSet compile(Map<String, String> files) {
    return new RuleSetCompiler(ClockStepWorkTest.class.getClassLoader())
        .compile(files, Instant.EPOCH)
        .ruleSet()
        .orElseThrow();
  }

  private static Engine engine(RuleSet rules) {
    EngineContext context =
        new EngineContext(
            BusinessCalendar.standard(),
            EngineSettings.defaults(),
            new CallerResolver(new PhoneNumbers("JP")),
            Duration.ofDays(7));
    InMemoryAlertLedger ledger = new InMemoryAlertLedger();
    return new Engine(
        rules, context, new SignalingAlertSink(rules.version(), ledger::apply), START);
  }
}
