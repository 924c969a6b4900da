package dev.yakusoku.ruletests;

import dev.yakusoku.engine.EngineContext;
import dev.yakusoku.ingest.EventParser;
import dev.yakusoku.rules.RuleSet;
import dev.yakusoku.scenario.ScenarioRunner;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.List;

/** Runs a rules folder's own tests against a candidate rule set before it may go live. */
@ApplicationScoped
public class RuleTestGate {
  private final RuleTestRunner runner;

  public RuleTestGate(EngineContext context, EventParser parser) {
    this.runner = new RuleTestRunner(new ScenarioRunner(context), parser);
  }

  public List<RuleTestOutcome> check(RuleSet candidate, Path rulesFolder) {
    return runner.runAll(candidate, rulesFolder);
  }
}
