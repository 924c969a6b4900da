package dev.yakusoku.ruletests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yakusoku.alerts.AlertView;
import dev.yakusoku.directory.DirectoryEntry;
import dev.yakusoku.directory.PartyBody;
import dev.yakusoku.events.AcceptedEvent;
import dev.yakusoku.ingest.EventParser;
import dev.yakusoku.problems.InvalidInputException;
import dev.yakusoku.rules.RuleSet;
import dev.yakusoku.scenario.ScenarioRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs rule test files against a rule set, each case as a scenario run (the same engine code as
 * live traffic, clock driven by the events, then to {@code until}).
 */
public final class RuleTestRunner {
  static final String DEFAULT_SOURCE = "/rule-test";

  private final ScenarioRunner scenarios;
  private final EventParser parser;

  public RuleTestRunner(ScenarioRunner scenarios, EventParser parser) {
    this.scenarios = scenarios;
    this.parser = parser;
  }

  /** Runs every test file of {@code rulesFolder} against {@code ruleSet}. */
  public List<RuleTestOutcome> runAll(RuleSet ruleSet, Path rulesFolder) {
    return RuleTestReader.read(rulesFolder).stream().map(source -> run(ruleSet, source)).toList();
  }

  public RuleTestOutcome run(RuleSet ruleSet, RuleTestSource source) {
    if (source.test().isEmpty()) {
      return new RuleTestOutcome(source.file(), source.errors(), List.of());
    }
    RuleTestFile test = source.test().get();
    List<DirectoryEntry> parties = test.parties().stream().map(PartyBody::toEntry).toList();
    List<CaseOutcome> cases = new ArrayList<>();
    for (int i = 0; i < test.cases().size(); i++) {
      RuleTestCase c = test.cases().get(i);
      String name = c.name() == null ? "case " + (i + 1) : c.name();
      cases.add(run(ruleSet, test, parties, name, c));
    }
    return new RuleTestOutcome(source.file(), List.of(), cases);
  }

  private CaseOutcome run(
      RuleSet ruleSet,
      RuleTestFile test,
      List<DirectoryEntry> parties,
      String name,
      RuleTestCase c) {
    if ((c.events() == null || c.events().isEmpty()) && c.until() == null) {
      return new CaseOutcome(name, List.of(), List.of("a case needs events, an until, or both"));
    }
    List<AcceptedEvent> events;
    try {
      events =
          c.events() == null || c.events().isEmpty()
              ? List.of()
              : parser.parse(withDefaults(c.events()), EventParser.Shape.BATCH, false);
    } catch (InvalidInputException e) {
      return new CaseOutcome(
          name,
          List.of(),
          e.problems().stream()
              .map(
                  p ->
                      "events"
                          + (p.index() == null ? "" : "[" + p.index() + "]")
                          + "."
                          + p.field()
                          + ": "
                          + p.message())
              .toList());
    } catch (RuntimeException e) {
      return new CaseOutcome(name, List.of(), List.of("events: " + e.getMessage()));
    }
    List<AlertView> raised =
        scenarios.run(
            ruleSet,
            test.teams(),
            parties,
            events,
            c.until() == null ? null : c.until().toInstant());
    return judge(name, c, raised);
  }

  static CaseOutcome judge(String name, RuleTestCase c, List<AlertView> raised) {
    List<CaseOutcome.Row> rows = new ArrayList<>();
    List<AlertView> unmatched = new ArrayList<>(raised);
    for (ExpectedAlert expected : c.expect()) {
      AlertView match = unmatched.stream().filter(expected::matches).findFirst().orElse(null);
      unmatched.remove(match);
      rows.add(
          new CaseOutcome.Row(
              "expected",
              expected.describe(),
              match == null ? "(not raised)" : ExpectedAlert.describe(match),
              match != null));
    }
    for (ExpectedAlert forbidden : c.forbid()) {
      List<AlertView> hits = raised.stream().filter(forbidden::matches).toList();
      if (hits.isEmpty()) {
        rows.add(new CaseOutcome.Row("forbidden", forbidden.describe(), "(not raised)", true));
      }
      hits.forEach(
          hit ->
              rows.add(
                  new CaseOutcome.Row(
                      "forbidden", forbidden.describe(), ExpectedAlert.describe(hit), false)));
    }
    for (AlertView other : unmatched) {
      rows.add(
          new CaseOutcome.Row(
              c.nothingElse() ? "nothing else" : "also raised",
              c.nothingElse() ? "(nothing)" : "",
              ExpectedAlert.describe(other),
              !c.nothingElse()));
    }
    return new CaseOutcome(name, rows, List.of());
  }

  /**
   * Lets authors leave out {@code id} and {@code source}: {@code e1}, {@code e2}... from
   * /rule-test.
   */
  private static JsonNode withDefaults(JsonNode events) {
    if (events == null || !events.isArray()) {
      return events == null ? JsonNodeFactory.instance.arrayNode() : events;
    }
    ArrayNode copy = JsonNodeFactory.instance.arrayNode();
    for (int i = 0; i < events.size(); i++) {
      JsonNode e = events.get(i);
      if (e instanceof ObjectNode o) {
        ObjectNode event = o.deepCopy();
        if (!event.has("id")) {
          event.put("id", "e" + (i + 1));
        }
        if (!event.has("source")) {
          event.put("source", DEFAULT_SOURCE);
        }
        copy.add(event);
      } else {
        copy.add(e);
      }
    }
    return copy;
  }
}
