package dev.yakusoku.engine;

import dev.yakusoku.Channels;
import dev.yakusoku.alerts.AlertSignal;
import dev.yakusoku.alerts.SignalingAlertSink;
import dev.yakusoku.directory.DirectoryEntry;
import dev.yakusoku.directory.TeamBody;
import dev.yakusoku.rules.RuleSet;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * The engine serving live traffic. Its clock is driven by the wall clock ({@link #tick}), never by
 * the events, which are judged by their own {@code time}. One lock serialises every use.
 */
@ApplicationScoped
public class LiveEngine {
  private static final Logger LOG = Logger.getLogger(LiveEngine.class);

  private final EngineContext context;
  private final Clock wallClock;
  private final Emitter<AlertSignal> signals;
  private final EngineBacklog backlog;
  private Engine engine;

  public LiveEngine(
      EngineContext context,
      Clock wallClock,
      EngineBacklog backlog,
      // alerts are bounded by the events admitted (see EngineBacklog); none may be dropped
      @Channel(Channels.ALERT_SIGNALS) @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
          Emitter<AlertSignal> signals) {
    this.context = context;
    this.wallClock = wallClock;
    this.backlog = backlog;
    this.signals = signals;
  }

  /**
   * Builds a fresh engine on {@code ruleSet} and rebuilds its state from the stored log: the
   * directory, then the events of open matters in acceptance order, each moving the clock to its
   * own time (never back); then the wall clock takes over. Alerts raised again by the replay are
   * the same occurrences and change nothing. The directory and the log are read under the engine's
   * lock, so nothing applied meanwhile to the engine being replaced is missed.
   */
  public synchronized void rebuild(
      RuleSet ruleSet,
      Supplier<List<TeamBody>> teams,
      Supplier<List<DirectoryEntry>> parties,
      Supplier<List<EngineEvent>> storedLog) {
    if (engine != null) {
      engine.close();
    }
    List<EngineEvent> log = storedLog.get();
    Instant wallNow = wallClock.instant();
    Instant start =
        log.stream().map(EngineEvent::time).min(Comparator.naturalOrder()).orElse(wallNow);
    engine =
        new Engine(
            ruleSet,
            context,
            new SignalingAlertSink(ruleSet.version(), signals::send),
            start.isBefore(wallNow) ? start : wallNow);
    teams.get().forEach(t -> engine.putTeam(t.id(), t.name(), t.manager()));
    parties.get().forEach(engine::putParty);
    for (EngineEvent event : log) {
      engine.advanceTo(event.time());
      engine.apply(event);
    }
    engine.advanceTo(wallClock.instant());
    LOG.infof(
        "engine on rule set %s replayed %d events; live at %s",
        ruleSet.version(), log.size(), engine.now());
  }

  @Incoming(Channels.EVENTS)
  @Blocking(ordered = true) // waits for the engine lock; rule firing is CPU work off the event loop
  public void onEvent(EngineEvent event) {
    try {
      apply(event);
    } finally {
      backlog.judged();
    }
  }

  synchronized void apply(EngineEvent event) {
    if (engine == null) {
      LOG.warnf("no rule set loaded; %s is stored and will be judged on replay", event.ref());
      return;
    }
    engine.apply(event);
  }

  /** Advances the clock to wall-clock time; called every second by the clock driver. */
  public synchronized void tick() {
    if (engine != null) {
      engine.advanceTo(wallClock.instant());
    }
  }

  void onTeam(@Observes(during = TransactionPhase.AFTER_SUCCESS) TeamBody team) {
    putTeam(team);
  }

  void onParty(@Observes(during = TransactionPhase.AFTER_SUCCESS) DirectoryEntry party) {
    putParty(party);
  }

  public synchronized void putTeam(TeamBody team) {
    if (engine != null) {
      engine.putTeam(team.id(), team.name(), team.manager());
    }
  }

  public synchronized void putParty(DirectoryEntry entry) {
    if (engine != null) {
      engine.putParty(entry);
    }
  }

  public synchronized boolean isLive() {
    return engine != null;
  }

  public synchronized Optional<Instant> now() {
    return Optional.ofNullable(engine).map(Engine::now);
  }

  public synchronized Optional<String> ruleSetVersion() {
    return Optional.ofNullable(engine).map(e -> e.ruleSet().version());
  }

  /** How far the engine clock is behind the wall clock, in seconds. */
  public double lagSeconds() {
    return now().map(t -> Duration.between(t, wallClock.instant()).toMillis() / 1000.0).orElse(0.0);
  }

  public synchronized long firings() {
    return engine == null ? 0 : engine.firings();
  }
}
