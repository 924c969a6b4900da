package dev.yakusoku.engine;

import dev.yakusoku.Channels;
import dev.yakusoku.alerts.AlertSignal;
import dev.yakusoku.alerts.SignalingAlertSink;
import dev.yakusoku.directory.DirectoryEntry;
import dev.yakusoku.directory.TeamBody;
import dev.yakusoku.ingest.EventLog;
import dev.yakusoku.rules.RuleSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * The engines serving live traffic, one per partition of the events this process owns: on embedded
 * defaults the single partition 0, always; clustered, the partitions of {@code yakusoku.events}
 * Kafka assigns it ({@link #take}, {@link #release}). Each engine's state is derived from the
 * stored log of its partition's open matters. Clocks are driven by the wall clock ({@link #tick}),
 * never by the events, which are judged by their own {@code time}. One lock serialises every use.
 */
@ApplicationScoped
public class LiveEngine {
  private static final Logger LOG = Logger.getLogger(LiveEngine.class);

  private final EngineContext context;
  private final Clock wallClock;
  private final EngineHistory history;
  private final Emitter<AlertSignal> signals;
  private final SortedMap<Integer, Engine> engines = new TreeMap<>();
  private final Set<Integer> owned = new TreeSet<>();
  private final Map<String, TeamBody> teams = new HashMap<>();
  private final Map<String, DirectoryEntry> parties = new HashMap<>();
  private final boolean clustered;
  private Partitioning partitioning = Partitioning.SINGLE;
  private RuleSet ruleSet;
  private long retiredFirings;

  public LiveEngine(
      EngineContext context,
      Clock wallClock,
      EngineHistory history,
      @ConfigProperty(name = "yakusoku.outbox.enabled", defaultValue = "false") boolean clustered,
      // alerts are bounded by the events admitted (see EngineBacklog); none may be dropped
      @Channel(Channels.ALERT_SIGNALS) @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
          Emitter<AlertSignal> signals) {
    this.context = context;
    this.wallClock = wallClock;
    this.history = history;
    this.signals = signals;
    this.clustered = clustered;
    if (!clustered) {
      owned.add(0);
    }
  }

  /**
   * Builds fresh engines on {@code ruleSet} for every partition owned and rebuilds their state from
   * the stored log. Also how a new rule set goes live.
   */
  public synchronized void rebuild(RuleSet ruleSet) {
    this.ruleSet = ruleSet;
    release(List.copyOf(engines.keySet()), false);
    teams.clear();
    parties.clear();
    history.teams().forEach(t -> teams.put(t.id(), t));
    history.parties().forEach(p -> parties.put(p.id(), p));
    build(owned);
  }

  /**
   * Takes over partitions of {@code partitioning}: each gets an engine rebuilt from the stored
   * events of its open matters. Partitions owned already keep theirs.
   */
  public synchronized void take(Collection<Integer> partitions, Partitioning partitioning) {
    this.partitioning = partitioning;
    Set<Integer> taken = new TreeSet<>(partitions);
    taken.removeAll(owned);
    owned.addAll(taken);
    if (ruleSet != null) {
      build(taken);
    }
  }

  /** Gives partitions up: their engines, and everything they held, are dropped. */
  public synchronized void release(Collection<Integer> partitions) {
    release(partitions, true);
  }

  private void release(Collection<Integer> partitions, boolean disown) {
    for (Integer partition : partitions) {
      Engine engine = engines.remove(partition);
      if (engine != null) {
        retiredFirings += engine.firings();
        engine.close();
      }
      if (disown) {
        owned.remove(partition);
      }
    }
  }

  /**
   * Builds the partitions' engines: the directory, then the events of their open matters in
   * acceptance order, each moving its engine's clock to its own time (never back); then the wall
   * clock takes over. Alerts raised again by the replay are the same occurrences and change
   * nothing.
   */
  private void build(Set<Integer> partitions) {
    if (partitions.isEmpty()) {
      return;
    }
    long started = System.nanoTime();
    Partitioning scheme = partitioning;
    List<EventLog.Keyed> log = history.openEvents(key -> partitions.contains(scheme.of(key)));
    Map<Integer, List<EventLog.Keyed>> byPartition = new HashMap<>();
    partitions.forEach(p -> byPartition.put(p, new ArrayList<>()));
    log.forEach(e -> byPartition.get(scheme.of(e.key())).add(e));
    Instant wallNow = wallClock.instant();
    for (Integer partition : partitions) {
      List<EventLog.Keyed> events = byPartition.get(partition);
      Instant start =
          events.stream().map(e -> e.event().time()).min(Comparator.naturalOrder()).orElse(wallNow);
      Engine engine =
          new Engine(
              ruleSet,
              context,
              new SignalingAlertSink(ruleSet.version(), signals::send),
              start.isBefore(wallNow) ? start : wallNow);
      teams.values().forEach(t -> engine.putTeam(t.id(), t.name(), t.manager()));
      parties.values().forEach(engine::putParty);
      for (EventLog.Keyed stored : events) {
        engine.advanceTo(stored.event().time());
        engine.apply(stored.event(), routing(stored.event(), stored.key()));
      }
      engine.advanceTo(wallClock.instant());
      engines.put(partition, engine);
    }
    LOG.infof(
        "engines of partitions %s on rule set %s replayed %d events in %d ms; live at %s",
        partitions,
        ruleSet.version(),
        log.size(),
        Duration.ofNanos(System.nanoTime() - started).toMillis(),
        wallClock.instant());
  }

  /** Judges an event of the single partition of embedded defaults. */
  public void apply(EngineEvent event) {
    apply(0, event, null);
  }

  /**
   * Judges an event read from {@code partition} under {@code key}; one of a partition not owned is
   * left alone.
   */
  public synchronized void apply(int partition, EngineEvent event, String key) {
    Engine engine = engines.get(partition);
    if (engine == null) {
      if (ruleSet == null) {
        LOG.warnf("no rule set loaded; %s is stored and will be judged on replay", event.ref());
      } else {
        LOG.debugf("%s is of partition %d, not owned here", event.ref(), partition);
      }
      return;
    }
    engine.apply(event, routing(event, key));
  }

  /** Clustered, ingestion's decision (the record's key) ties a call; else the engine does. */
  private CallRouting routing(EngineEvent event, String key) {
    return clustered ? CallRouting.ofRecord(event, key) : CallRouting.BY_ENGINE;
  }

  /** Advances every clock to wall-clock time; called every second by the clock driver. */
  public synchronized void tick() {
    Instant now = wallClock.instant();
    engines.values().forEach(e -> e.advanceTo(now));
  }

  void onTeam(@Observes(during = TransactionPhase.AFTER_SUCCESS) TeamBody team) {
    putTeam(team);
  }

  void onParty(@Observes(during = TransactionPhase.AFTER_SUCCESS) DirectoryEntry party) {
    putParty(party);
  }

  /** Gives every engine the team, unless they have it as it is. */
  public synchronized void putTeam(TeamBody team) {
    if (!team.equals(teams.put(team.id(), team))) {
      engines.values().forEach(e -> e.putTeam(team.id(), team.name(), team.manager()));
    }
  }

  /** Gives every engine the party, unless they have it as it is. */
  public synchronized void putParty(DirectoryEntry entry) {
    if (!entry.equals(parties.put(entry.id(), entry))) {
      engines.values().forEach(e -> e.putParty(entry));
    }
  }

  /** Whether a rule set is live: events of owned partitions are judged. */
  public synchronized boolean isLive() {
    return ruleSet != null;
  }

  /** The partitions of {@code yakusoku.events} judged here. */
  public synchronized Set<Integer> partitions() {
    return Set.copyOf(engines.keySet());
  }

  /** The earliest clock of the engines here; none while no partition is owned. */
  public synchronized Optional<Instant> now() {
    return engines.values().stream().map(Engine::now).min(Comparator.naturalOrder());
  }

  public synchronized Optional<String> ruleSetVersion() {
    return Optional.ofNullable(ruleSet).map(RuleSet::version);
  }

  /** How far the engine clock is behind the wall clock, in seconds. */
  public double lagSeconds() {
    return now().map(t -> Duration.between(t, wallClock.instant()).toMillis() / 1000.0).orElse(0.0);
  }

  /** Rule firings since the process started, in engines dropped since too. */
  public synchronized long firings() {
    return retiredFirings + engines.values().stream().mapToLong(Engine::firings).sum();
  }
}
