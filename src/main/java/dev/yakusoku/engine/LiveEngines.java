package dev.yakusoku.engine;

import dev.yakusoku.alerts.AlertBacklog;
import dev.yakusoku.alerts.AlertJudgement;
import dev.yakusoku.alerts.AlertJudgements;
import dev.yakusoku.alerts.InMemoryAlertLedger;
import dev.yakusoku.alerts.RefusedJudgement;
import dev.yakusoku.alerts.Rejudgement;
import dev.yakusoku.alerts.SignalingAlertSink;
import dev.yakusoku.config.Channels;
import dev.yakusoku.config.Deployment;
import dev.yakusoku.config.IngestConfig;
import dev.yakusoku.directory.DirectoryEntry;
import dev.yakusoku.directory.TeamBody;
import dev.yakusoku.events.KeyedEvent;
import dev.yakusoku.events.RetiedCall;
import dev.yakusoku.facts.StaffAvailability;
import dev.yakusoku.problems.Failures;
import dev.yakusoku.rules.RuleSet;
import dev.yakusoku.rules.RuleSetWentLive;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
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
 *
 * <p>The events of one commit are one piece of knowledge ({@link #accept}): a matter's events are
 * inserted in time order, and when one comes too late to be inserted (its matter holds a later
 * event, or was judged by the clock after it), the matter is judged again from its stored events in
 * time order by an engine of its own, which replaces the matter's facts here, and the alert store
 * is told the alerts that judgement gives ({@link Rejudgement}). An event no engine can judge is
 * quarantined ({@link EventQuarantine}) and its matter judged without it.
 */
@ApplicationScoped
public class LiveEngines {
  private static final Logger LOG = Logger.getLogger(LiveEngines.class);

  private final EngineContext context;
  private final Clock wallClock;
  private final EngineHistory history;
  private final Quarantine quarantine;
  private final AlertBacklog alertBacklog;
  private final Emitter<AlertJudgements> judgements;
  private final SortedMap<Integer, Engine> engines = new TreeMap<>();
  private final Set<Integer> owned = new TreeSet<>();
  private final Map<String, TeamBody> teams = new HashMap<>();
  private final Map<String, DirectoryEntry> parties = new HashMap<>();
  private final List<AlertJudgement> pending = new ArrayList<>();
  private final boolean clustered;
  private final Duration maxClockSkew;
  private Partitioning partitioning = Partitioning.SINGLE;
  private RuleSet ruleSet;
  private String rebuildFailure;
  private long retiredFirings;

  public LiveEngines(
      EngineContext context,
      Clock wallClock,
      EngineHistory history,
      Quarantine quarantine,
      AlertBacklog alertBacklog,
      IngestConfig ingest,
      Deployment deployment,
      // alerts are bounded by the events admitted (see EngineBacklog); none may be dropped
      @Channel(Channels.ALERT_SIGNALS) @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
          Emitter<AlertJudgements> judgements) {
    this.context = context;
    this.wallClock = wallClock;
    this.history = history;
    this.quarantine = quarantine;
    this.alertBacklog = alertBacklog;
    this.judgements = judgements;
    this.clustered = deployment.clustered();
    this.maxClockSkew = ingest.maxClockSkew();
    if (!clustered) {
      owned.add(0);
    }
  }

  /**
   * Builds fresh engines on {@code ruleSet} for every partition owned and rebuilds their state from
   * the stored log. Also how a new rule set goes live. If the build fails, the engines that served
   * until now keep serving, and the failure is kept ({@link #rebuildFailure}) until a build works;
   * answers whether it did.
   */
  public synchronized boolean rebuild(RuleSet ruleSet) {
    Map<String, TeamBody> storedTeams = new HashMap<>();
    Map<String, DirectoryEntry> storedParties = new HashMap<>();
    history.teams().forEach(t -> storedTeams.put(t.id(), t));
    history.parties().forEach(p -> storedParties.put(p.id(), p));
    RuleSet previous = this.ruleSet;
    Map<String, TeamBody> previousTeams = Map.copyOf(teams);
    Map<String, DirectoryEntry> previousParties = Map.copyOf(parties);
    this.ruleSet = ruleSet;
    teams.clear();
    teams.putAll(storedTeams);
    parties.clear();
    parties.putAll(storedParties);
    Map<Integer, Engine> built;
    try {
      built = build(owned);
    } catch (RuntimeException e) {
      this.ruleSet = previous;
      teams.clear();
      teams.putAll(previousTeams);
      parties.clear();
      parties.putAll(previousParties);
      pending.clear();
      rebuildFailure = Failures.describe(e);
      LOG.errorf(
          "engines on rule set %s could not be built; the engines of %s judge on: %s",
          ruleSet.version(), previous == null ? "no rule set" : previous.version(), rebuildFailure);
      return false;
    }
    rebuildFailure = null;
    release(List.copyOf(engines.keySet()), false);
    engines.putAll(built);
    flush();
    return true;
  }

  /** A rule set that went live is what the engines judge by from now on. */
  void onRuleSetWentLive(@Observes RuleSetWentLive live) {
    rebuild(live.ruleSet());
  }

  /** Why the last rebuild failed, while the engines before it judge on; empty once one worked. */
  public synchronized Optional<String> rebuildFailure() {
    return Optional.ofNullable(rebuildFailure);
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
      engines.putAll(build(taken));
      flush();
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
   * Builds the partitions' engines: the directory, then the events of their open matters by {@code
   * time}, each moving its engine's clock to its own time (never back, and never ahead of the wall
   * clock and its skew); then the wall clock takes over. An event that cannot be judged is
   * quarantined and its matter judged again without it. Alerts raised again by the replay are the
   * same occurrences and change nothing.
   */
  private Map<Integer, Engine> build(Set<Integer> partitions) {
    Map<Integer, Engine> built = new TreeMap<>();
    if (partitions.isEmpty()) {
      return built;
    }
    long started = System.nanoTime();
    Partitioning scheme = partitioning;
    List<KeyedEvent> log =
        history.openEvents(key -> partitions.contains(scheme.of(key)), wallClock.instant());
    Map<Integer, List<KeyedEvent>> byPartition = new HashMap<>();
    partitions.forEach(p -> byPartition.put(p, new ArrayList<>()));
    log.forEach(e -> byPartition.get(scheme.of(e.key())).add(e));
    Instant wallNow = wallClock.instant();
    Instant latest = wallNow.plus(maxClockSkew);
    for (Integer partition : partitions) {
      List<KeyedEvent> events = byPartition.get(partition);
      Instant start =
          events.stream().map(e -> e.event().time()).min(Comparator.naturalOrder()).orElse(wallNow);
      Engine engine = newEngine(start.isBefore(wallNow) ? start : wallNow);
      Set<String> failed = new LinkedHashSet<>();
      for (KeyedEvent stored : feed(engine, events, latest)) {
        matterOf(stored)
            .ifPresentOrElse(failed::add, () -> engine.dropFactsOf(stored.event().ref()));
      }
      engine.advanceTo(wallClock.instant());
      if (!failed.isEmpty()) {
        rejudge(engine, failed, "events were quarantined during the replay");
      }
      built.put(partition, engine);
    }
    LOG.infof(
        "engines of partitions %s on rule set %s replayed %d events in %d ms; live at %s",
        partitions,
        ruleSet.version(),
        log.size(),
        Duration.ofNanos(System.nanoTime() - started).toMillis(),
        wallClock.instant());
    return built;
  }

  private Engine newEngine(Instant start) {
    Engine engine =
        new Engine(
            ruleSet, context, new SignalingAlertSink(ruleSet.version(), pending::add), start);
    teams.values().forEach(t -> engine.putTeam(t.id(), t.name(), t.manager()));
    parties.values().forEach(engine::putParty);
    return engine;
  }

  /**
   * Judges the events of one commit read from {@code partition}, each under its record key. A
   * partition not owned is left alone.
   */
  public void accept(int partition, List<KeyedEvent> events) {
    accept(partition, events, List.of());
  }

  /**
   * As {@link #accept(int, List)}, and {@code retied}: calls stored before that the request's
   * matter events tie to another matter, or to none. Both matters are judged again; a call tied to
   * none is judged as the matterless call it now is.
   */
  public synchronized void accept(int partition, List<KeyedEvent> events, List<RetiedCall> retied) {
    Engine engine = engines.get(partition);
    if (engine == null) {
      if (ruleSet == null) {
        LOG.warnf("no rule set loaded; %d events are stored and judged on replay", events.size());
      } else {
        LOG.debugf("%d events are of partition %d, not owned here", events.size(), partition);
      }
      return;
    }
    Map<String, List<KeyedEvent>> byMatter = new LinkedHashMap<>();
    List<KeyedEvent> matterless = new ArrayList<>();
    for (KeyedEvent e : events) {
      matterOf(e)
          .ifPresentOrElse(
              m -> byMatter.computeIfAbsent(m, k -> new ArrayList<>()).add(e),
              () -> matterless.add(e));
    }
    Set<String> rejudge = new LinkedHashSet<>();
    String why = null;
    // a matter the engine no longer holds because it was resolved is judged again from its events
    Set<String> unknown =
        byMatter.keySet().stream().filter(m -> !engine.knows(m)).collect(Collectors.toSet());
    for (String resolved : history.resolvedAmong(unknown)) {
      byMatter.remove(resolved);
      rejudge.add(resolved);
      why = "events came for " + resolved + " after it was resolved";
    }
    for (Map.Entry<String, List<KeyedEvent>> matter : byMatter.entrySet()) {
      List<KeyedEvent> ordered = new ArrayList<>(matter.getValue());
      ordered.sort(Comparator.comparing(e -> e.event().time()));
      int judgedSoFar = pending.size();
      String late = insertInOrder(engine, matter.getKey(), ordered);
      if (late != null) {
        // what was inserted of the matter's events is judged again with the rest
        pending.subList(judgedSoFar, pending.size()).clear();
        rejudge.add(matter.getKey());
        why = why == null ? late : why;
      }
    }
    matterless.forEach(e -> applyMatterless(engine, e));
    // a call retied twice in one commit is where the last decision put it; both matters it left
    // are judged again
    Map<String, KeyedEvent> calls = new LinkedHashMap<>();
    for (RetiedCall r : retied) {
      String ref = r.call().event().ref();
      // its facts, as a call of no matter or of the matter it had, are judged anew
      engine.dropFactsOf(ref);
      engine.forget(ref);
      if (r.previousMatter() != null) {
        rejudge.add(r.previousMatter());
      }
      matterOf(r.call()).ifPresent(rejudge::add);
      calls.remove(ref);
      calls.put(ref, r.call());
      why = why == null ? ref + " is tied to " + matterOf(r.call()).orElse("no matter") : why;
    }
    if (!rejudge.isEmpty() || !calls.isEmpty()) {
      rejudge(engine, rejudge, List.copyOf(calls.values()), why);
    }
    flush();
  }

  /**
   * Inserts a matter's events, in time order, while none comes too late; answers why the matter
   * must be judged again instead, or null once every event is in.
   */
  private String insertInOrder(Engine engine, String matter, List<KeyedEvent> ordered) {
    for (KeyedEvent e : ordered) {
      if (engine.hasApplied(e.event().ref())) {
        continue; // a copy published again, or replayed: judged once already
      }
      if (engine.isLate(matter, e.event().time())) {
        return e.event().ref()
            + " at "
            + e.event().time()
            + " came after "
            + matter
            + " was judged";
      }
      catchUpTo(engine, e.event().time());
      try {
        engine.apply(e.event(), routing(e));
      } catch (EventJudgementException failure) {
        quarantine.quarantine(failure);
        return e.event().ref() + " was quarantined";
      }
    }
    return null;
  }

  /**
   * Judges {@code matters} again from their stored events in time order, by an engine of their own
   * up to the live clock: quarantines any event it cannot judge and starts over without it, then
   * puts what it derived in place of the matters' facts in {@code live}, and tells the alert store
   * the alerts it gives.
   */
  private void rejudge(Engine live, Set<String> matters, String why) {
    rejudge(live, matters, List.of(), why);
  }

  /**
   * As {@link #rejudge(Engine, Set, String)}, and {@code calls} too, whose matter changed: those
   * now of no matter are judged as such, and the alerts of no matter that cite any of them are made
   * to agree as well.
   */
  private void rejudge(Engine live, Set<String> matters, List<KeyedEvent> calls, String why) {
    List<KeyedEvent> events = new ArrayList<>(history.filedUnder(matters));
    List<KeyedEvent> unfiled = calls.stream().filter(c -> matterOf(c).isEmpty()).toList();
    events.addAll(unfiled);
    events.sort(Comparator.comparing(e -> e.event().time()));
    Set<String> callRefs =
        calls.stream()
            .map(c -> c.event().ref())
            .collect(Collectors.toCollection(LinkedHashSet::new));
    // the live clock first catches up with the latest of the events, as inserting it would have
    events.stream()
        .map(e -> e.event().time())
        .max(Comparator.naturalOrder())
        .ifPresent(latest -> catchUpTo(live, latest));
    Instant now = live.now();
    for (; ; ) {
      InMemoryAlertLedger ledger = new InMemoryAlertLedger();
      Instant start = events.isEmpty() ? now : events.get(0).event().time();
      Engine isolated =
          new Engine(
              ruleSet,
              context,
              new SignalingAlertSink(ruleSet.version(), ledger::apply),
              start.isBefore(now) ? start : now);
      try {
        teams.values().forEach(t -> isolated.putTeam(t.id(), t.name(), t.manager()));
        parties.values().forEach(isolated::putParty);
        // staff availability is each one's latest word, held like the directory
        live.availabilities().forEach(isolated::putAvailability);
        List<KeyedEvent> failed = feed(isolated, events, now);
        if (!failed.isEmpty()) {
          // what a failed event did is not undone: judge the rest afresh without it
          events.removeAll(failed);
          continue;
        }
        isolated.advanceTo(now);
        pending.add(
            new Rejudgement(matters, callRefs, ledger.expectedOn(matters, callRefs), why, now));
        Map<String, Set<String>> refs =
            events.stream()
                .filter(e -> matterOf(e).isPresent())
                .collect(
                    Collectors.groupingBy(
                        e -> matterOf(e).orElseThrow(),
                        Collectors.mapping(e -> e.event().ref(), Collectors.toSet())));
        for (String matter : matters) {
          live.replace(isolated.stateOf(matter), refs.getOrDefault(matter, Set.of()));
        }
        // a call of no matter now is one here too, as the engine of its own judged it
        unfiled.forEach(c -> applyMatterless(live, c));
        LOG.debugf("matters %s judged again from %d events: %s", matters, events.size(), why);
        return;
      } finally {
        isolated.close();
      }
    }
  }

  /**
   * A matter as the live rule set judges its stored events in time order up to the live clock, by
   * an engine of its own that nothing else sees: its facts (as they stood when it was resolved, for
   * a resolved matter), for telling its story. Nothing is stored, sent or quarantined. Empty while
   * no rule set is live.
   */
  public Optional<MatterState> judgedAlone(String matterId) {
    RuleSet rules;
    List<TeamBody> teamsNow;
    List<DirectoryEntry> partiesNow;
    List<StaffAvailability> availabilitiesNow;
    Instant until;
    synchronized (this) {
      rules = ruleSet;
      teamsNow = List.copyOf(teams.values());
      partiesNow = List.copyOf(parties.values());
      availabilitiesNow =
          engines.values().stream().flatMap(e -> e.availabilities().stream()).toList();
      until = now().orElse(wallClock.instant());
    }
    if (rules == null) {
      return Optional.empty();
    }
    List<KeyedEvent> events = history.filedUnder(Set.of(matterId));
    Instant start = events.isEmpty() ? until : events.get(0).event().time();
    try (Engine alone =
        new Engine(
            rules,
            context,
            new SignalingAlertSink(rules.version(), judgement -> {}),
            start.isBefore(until) ? start : until)) {
      alone.keepResolvedMatters();
      teamsNow.forEach(t -> alone.putTeam(t.id(), t.name(), t.manager()));
      partiesNow.forEach(alone::putParty);
      availabilitiesNow.forEach(alone::putAvailability);
      for (KeyedEvent e : events) {
        Instant time = e.event().time();
        alone.advanceTo(time.isAfter(until) ? until : time);
        try {
          alone.apply(e.event(), routing(e));
        } catch (EventJudgementException failure) {
          LOG.debugf("telling %s: %s", matterId, failure.getMessage());
        }
      }
      alone.advanceTo(until);
      return Optional.of(alone.stateOf(matterId));
    }
  }

  /**
   * What was due before an event happened is judged before it: the clock moves up to the event's
   * time, if the wall clock has passed it, before the event is inserted.
   */
  private void catchUpTo(Engine engine, Instant time) {
    Instant wall = wallClock.instant();
    engine.advanceTo(time.isAfter(wall) ? wall : time);
  }

  /** An event of no matter is judged at once; if it cannot be, what it left is removed. */
  private void applyMatterless(Engine engine, KeyedEvent e) {
    catchUpTo(engine, e.event().time());
    try {
      engine.apply(e.event(), routing(e));
    } catch (EventJudgementException failure) {
      quarantine.quarantine(failure);
      engine.dropFactsOf(e.event().ref());
    }
  }

  /**
   * Feeds stored events to {@code engine} in their order, its clock following their times but never
   * past {@code latest}; answers those it could not judge, quarantined.
   */
  private List<KeyedEvent> feed(Engine engine, List<KeyedEvent> events, Instant latest) {
    List<KeyedEvent> failed = new ArrayList<>();
    for (KeyedEvent e : events) {
      Instant time = e.event().time();
      engine.advanceTo(time.isAfter(latest) ? latest : time);
      try {
        engine.apply(e.event(), routing(e));
      } catch (EventJudgementException failure) {
        quarantine.quarantine(failure);
        failed.add(e);
      }
    }
    return failed;
  }

  /**
   * Judges the quarantined event {@code stored} again, after an admin let it go: its matter is
   * judged again from its events, this one now among them. Answers whether it was judged.
   */
  public synchronized boolean retry(KeyedEvent stored) {
    Engine engine = engines.get(partitioning.of(stored.key()));
    if (engine == null) {
      return false;
    }
    Optional<String> matter = matterOf(stored);
    if (matter.isPresent()) {
      rejudge(engine, Set.of(matter.get()), stored.event().ref() + " was let out of quarantine");
    } else {
      applyMatterless(engine, stored);
    }
    flush();
    return engine.hasApplied(stored.event().ref());
  }

  /**
   * The alert store refused a judgement for what it held: the event it stems from is quarantined
   * and judged no more, its matter judged again without it.
   */
  void onRefused(@Observes RefusedJudgement refused) {
    refused
        .cause()
        .flatMap(history::byRef)
        .ifPresent(
            stored -> {
              quarantine.quarantine(
                  new EventJudgementException(
                      EventJudgementException.Stage.ALERT_STORE,
                      stored.event(),
                      refused.failure()));
              judgeWithout(stored);
            });
  }

  private synchronized void judgeWithout(KeyedEvent stored) {
    Engine engine = engines.get(partitioning.of(stored.key()));
    if (engine == null) {
      return;
    }
    matterOf(stored)
        .ifPresentOrElse(
            m -> rejudge(engine, Set.of(m), stored.event().ref() + " was quarantined"),
            () -> engine.dropFactsOf(stored.event().ref()));
    flush();
  }

  /** The matter an event belongs to, as ingestion filed it: its record key, unless its source. */
  private static Optional<String> matterOf(KeyedEvent e) {
    return CallRouting.ofRecord(e.event(), e.key()).matter();
  }

  /** Ingestion's decision (the record's key) ties a call: the log says which matter it is of. */
  private static CallRouting routing(KeyedEvent e) {
    return CallRouting.ofRecord(e.event(), e.key());
  }

  /** Hands what the engines judged to the alert store, in the order they judged it. */
  private void flush() {
    if (pending.isEmpty()) {
      return;
    }
    alertBacklog.handedOver(pending.size());
    judgements.send(new AlertJudgements(pending));
    pending.clear();
  }

  /** Advances every clock to wall-clock time. */
  public void tick() {
    tick(Instant.MAX);
  }

  /**
   * Advances every clock to wall-clock time but not past {@code notAfter}: the earliest event
   * accepted and not judged yet, which the clock must not overtake (it would judge a deadline
   * without what is known). Called every second by the clock driver.
   */
  public synchronized void tick(Instant notAfter) {
    Instant wall = wallClock.instant();
    Instant now = notAfter.isBefore(wall) ? notAfter : wall;
    engines.values().forEach(e -> e.advanceTo(now));
    flush();
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
