package dev.yakusoku.scenario;

import dev.yakusoku.alerts.AlertView;
import dev.yakusoku.directory.DirectoryEntry;
import dev.yakusoku.directory.TeamBody;
import dev.yakusoku.engine.EngineContext;
import dev.yakusoku.events.AcceptedEvent;
import dev.yakusoku.rules.RuleSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs events through an isolated engine whose clock the events drive: each event moves the clock
 * to its time (never back), then the clock moves to {@code until}. Nothing is stored.
 */
public class ScenarioRunner {
  private final EngineContext context;

  public ScenarioRunner(EngineContext context) {
    this.context = context;
  }

  public List<AlertView> run(
      RuleSet ruleSet,
      List<TeamBody> teams,
      List<DirectoryEntry> parties,
      List<AcceptedEvent> events,
      Instant until) {
    List<AcceptedEvent> ordered = new ArrayList<>(events);
    ordered.sort(Comparator.comparing(AcceptedEvent::time));
    Instant start = ordered.isEmpty() ? until : ordered.get(0).time();
    try (IsolatedRun run = new IsolatedRun(ruleSet, context, teams, parties, start)) {
      ordered.forEach(run::apply);
      return run.finish(until);
    }
  }
}
