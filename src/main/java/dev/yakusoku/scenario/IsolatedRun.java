package dev.yakusoku.scenario;

import dev.yakusoku.alerts.AlertView;
import dev.yakusoku.alerts.InMemoryAlertLedger;
import dev.yakusoku.alerts.SignalingAlertSink;
import dev.yakusoku.directory.DirectoryEntry;
import dev.yakusoku.directory.TeamBody;
import dev.yakusoku.engine.Engine;
import dev.yakusoku.engine.EngineContext;
import dev.yakusoku.events.AcceptedEvent;
import dev.yakusoku.rules.RuleSet;
import java.time.Instant;
import java.util.List;

/**
 * An engine of its own whose clock the events drive, with alerts kept in memory: what scenario
 * runs, rule tests and backtests are made of. Feed it events in {@code time} order, then {@link
 * #finish} it. Nothing is stored.
 */
public final class IsolatedRun implements AutoCloseable {
  private final EngineContext context;
  private final InMemoryAlertLedger ledger = new InMemoryAlertLedger();
  private final Engine engine;

  public IsolatedRun(
      RuleSet ruleSet,
      EngineContext context,
      List<TeamBody> teams,
      List<DirectoryEntry> parties,
      Instant start) {
    this.context = context;
    this.engine =
        new Engine(
            ruleSet, context, new SignalingAlertSink(ruleSet.version(), ledger::apply), start);
    teams.forEach(t -> engine.putTeam(t.id(), t.name(), t.manager()));
    parties.forEach(engine::putParty);
  }

  /** Moves the clock to the event's time (never back) and applies it. */
  public void apply(AcceptedEvent event) {
    engine.advanceTo(event.time());
    engine.apply(event);
  }

  /** Moves the clock to {@code until} (if given) and answers every alert raised. */
  public List<AlertView> finish(Instant until) {
    if (until != null) {
      engine.advanceTo(until);
    }
    return ledger.alerts().stream().map(a -> AlertView.of(a, context.calendar().zone())).toList();
  }

  @Override
  public void close() {
    engine.close();
  }
}
