package dev.yakusoku.ruletests;

import dev.yakusoku.engine.EngineContext;
import dev.yakusoku.ingest.EventParser;
import dev.yakusoku.rules.RuleSet;
import dev.yakusoku.rules.RuleSetGate;
import dev.yakusoku.scenario.ScenarioRunner;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs a rules folder's own tests against a candidate rule set before it may go live. */
@ApplicationScoped
public class RuleTestGate implements RuleSetGate {
  private final RuleTestRunner runner;

  public RuleTestGate(EngineContext context, EventParser parser) {
    this.runner = new RuleTestRunner(new ScenarioRunner(context), parser);
  }

  @Override
  public List<Report> check(RuleSet candidate, Path rulesFolder) {
    return runner.runAll(candidate, rulesFolder).stream()
        .map(o -> new Report(o.file(), o.passed(), o.report(), failuresOf(o)))
        .toList();
  }

  /**
   * Each failure of a test file on a line: file errors, then each failed case's errors and rows.
   */
  private static List<String> failuresOf(RuleTestOutcome outcome) {
    List<String> failures = new ArrayList<>(outcome.errors());
    for (CaseOutcome c : outcome.cases()) {
      if (c.passed()) {
        continue;
      }
      c.errors().forEach(e -> failures.add(c.name() + ": " + e));
      c.rows().stream()
          .filter(r -> !r.ok())
          .forEach(
              r ->
                  failures.add(
                      c.name()
                          + ": "
                          + r.section()
                          + " "
                          + r.expected()
                          + ", raised "
                          + r.raised()));
    }
    return failures;
  }
}
