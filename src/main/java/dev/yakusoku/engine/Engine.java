package dev.yakusoku.engine;

import dev.yakusoku.directory.DirectoryEntry;
import dev.yakusoku.directory.DirectoryIndex;
import dev.yakusoku.directory.OpenMatterRef;
import dev.yakusoku.events.AcceptedEvent;
import dev.yakusoku.events.EventTypes;
import dev.yakusoku.facts.AlertSink;
import dev.yakusoku.facts.Matter;
import dev.yakusoku.facts.MatterScoped;
import dev.yakusoku.facts.Now;
import dev.yakusoku.facts.Party;
import dev.yakusoku.facts.StaffAvailability;
import dev.yakusoku.facts.Team;
import dev.yakusoku.problems.Failures;
import dev.yakusoku.rules.RuleSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ClockTypeOption;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.time.SessionPseudoClock;

/**
 * One Drools session on a pseudo clock. Live traffic, scenario runs, replay and backtests all use
 * this class; they differ only in who calls {@link #advanceTo}: a wall-clock ticker live, the
 * events' own times otherwise. Not thread-safe: one thread drives an engine.
 *
 * <p>Per matter it knows the latest event time it applied and the latest clock time at which a rule
 * that reads the clock ({@link Now}) fired on the matter's facts: an event earlier than either
 * ({@link #isLate}) cannot simply be inserted, because the matter was judged without it; its matter
 * is judged again from its events in time order ({@link #stateOf}, {@link #replace}).
 */
public final class Engine implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(Engine.class);
  private static final int MAX_FIRINGS_PER_STEP = 100_000;
  private static final int MAX_FAILURES_PER_STEP = 100;

  private final RuleSet ruleSet;
  private final EngineContext context;
  private final KieSession session;
  private final SessionPseudoClock clock;
  private final Now now;
  private final FactHandle nowHandle;
  private final DirectoryIndex directory;
  private final Map<String, FactHandle> directoryHandles = new HashMap<>();
  private final Map<String, Matter> openMatters = new HashMap<>();
  private final Map<String, List<OpenMatterRef>> openMattersByParty = new HashMap<>();
  private final FactTranslator translator;
  private final Set<String> applied = new HashSet<>();
  private final Map<String, Set<String>> appliedOfMatter = new HashMap<>();
  private final PriorityQueue<Untied> untied =
      new PriorityQueue<>(Comparator.comparing(Untied::time));
  private final Map<String, StaffAvailability> availabilities = new HashMap<>();
  private final Map<String, Instant> latestEventTime = new HashMap<>();
  private final Map<String, Instant> judgedThrough = new HashMap<>();
  private final FactsByOwner owners = new FactsByOwner();
  private Map<String, MatterState> closedMatters;
  private long firings;

  /** A call tied to no matter, applied at its own event time. */
  private record Untied(Instant time, String ref) {}

  public Engine(RuleSet ruleSet, EngineContext context, AlertSink sink, Instant start) {
    this.ruleSet = ruleSet;
    this.context = context;
    this.directory = new DirectoryIndex(context.resolver().phones());
    KieSessionConfiguration conf =
        org.kie.api.KieServices.Factory.get().newKieSessionConfiguration();
    conf.setOption(ClockTypeOption.PSEUDO);
    this.session = ruleSet.kieBase().newKieSession(conf, null);
    this.clock = session.getSessionClock();
    clock.advanceTime(start.toEpochMilli(), TimeUnit.MILLISECONDS);
    setGlobal("alerts", sink);
    setGlobal("settings", context.settings());
    setGlobal("calendar", context.calendar());
    session.addEventListener(
        new DefaultAgendaEventListener() {
          @Override
          public void afterMatchFired(AfterMatchFiredEvent event) {
            firings++;
            noteClockJudgement(event.getMatch().getObjects());
          }
        });
    session.addEventListener(owners);
    this.now = new Now(start);
    this.nowHandle = session.insert(now);
    this.translator = new FactTranslator(this);
  }

  private void setGlobal(String name, Object value) {
    boolean declared =
        session.getKieBase().getKiePackages().stream()
            .flatMap(p -> p.getGlobalVariables().stream())
            .anyMatch(g -> g.getName().equals(name));
    if (declared) {
      session.setGlobal(name, value);
    }
  }

  public RuleSet ruleSet() {
    return ruleSet;
  }

  public EngineContext context() {
    return context;
  }

  /** The engine's clock: event time, never the wall clock. */
  public Instant now() {
    return now.getTime();
  }

  /** Rule firings since the engine started. */
  public long firings() {
    return firings;
  }

  /** Moves the pseudo clock forward to {@code time} and lets due deadlines fire; never back. */
  public void advanceTo(Instant time) {
    Duration step = Duration.between(now.getTime(), time);
    if (step.isNegative() || step.isZero()) {
      return;
    }
    clock.advanceTime(step.toMillis(), TimeUnit.MILLISECONDS);
    now.setTime(time);
    session.update(nowHandle, now);
    letGoOfOldUntiedCalls();
    // a rule that fails on a deadline is no event's fault: it is reported, the others fire on
    fireReporting("at " + time);
  }

  /** Inserts one event's facts and fires what it makes true; an event seen before is ignored. */
  public void apply(AcceptedEvent event) {
    apply(event, CallRouting.BY_ENGINE);
  }

  /**
   * As {@link #apply(AcceptedEvent)}, a contact without a subject tied to the matter {@code
   * routing} decides.
   *
   * @throws EventJudgementException if the event's facts cannot be made or a rule fails on them;
   *     the event counts as not applied, and its matter may hold part of what it did
   */
  public void apply(AcceptedEvent event, CallRouting routing) {
    if (!applied.add(event.ref())) {
      return;
    }
    FactTranslator.Inserted inserted;
    try {
      inserted = translator.insert(event, routing);
    } catch (RuntimeException e) {
      applied.remove(event.ref());
      throw new EventJudgementException(EventJudgementException.Stage.TRANSLATION, event, e);
    }
    if (inserted.matterId() != null) {
      latestEventTime.merge(inserted.matterId(), event.time(), Engine::later);
    }
    List<RuntimeException> failures = fire();
    if (!failures.isEmpty()) {
      applied.remove(event.ref());
      throw new EventJudgementException(
          EventJudgementException.Stage.RULES, event, failures.get(0));
    }
    if (inserted.matterId() != null) {
      appliedOfMatter.computeIfAbsent(inserted.matterId(), k -> new HashSet<>()).add(event.ref());
    } else if (EventTypes.CONTACT_LOGGED.equals(event.type())) {
      untied.add(new Untied(event.time(), event.ref()));
    }
    if (inserted.resolvesMatter()) {
      closeMatter(inserted.matterId());
    }
  }

  /**
   * Whether an event of {@code matterId} at {@code time} comes too late to be inserted: the matter
   * holds a later event, or a clock-driven rule already judged it at a later time.
   */
  public boolean isLate(String matterId, Instant time) {
    Instant latest = latestEventTime.get(matterId);
    Instant judged = judgedThrough.get(matterId);
    return (latest != null && time.isBefore(latest)) || (judged != null && time.isBefore(judged));
  }

  /** Whether the engine holds facts of the matter, open or not yet opened. */
  public boolean knows(String matterId) {
    return latestEventTime.containsKey(matterId) || openMatters.containsKey(matterId);
  }

  /** Forgets that an event was applied, so it can be judged anew (on another matter, say). */
  public void forget(String ref) {
    applied.remove(ref);
  }

  /** Whether an event was applied (and not undone by a failure). */
  public boolean hasApplied(String ref) {
    return applied.contains(ref);
  }

  /** Removes the facts a matterless event left when judging it failed. */
  public void dropFactsOf(String ref) {
    owners.ofMatterlessEvent(ref).forEach(session::delete);
    availabilities.values().removeIf(a -> a.ref().equals(ref));
  }

  /** Each staff member's latest word of availability, as this engine holds it. */
  List<StaffAvailability> availabilities() {
    return List.copyOf(availabilities.values());
  }

  /**
   * A staff member's availability is their latest word by event time: it replaces the one held, and
   * a word earlier than the one held changes nothing.
   */
  void putAvailability(StaffAvailability availability) {
    StaffAvailability held = availabilities.get(availability.staff());
    if (held != null && held.time().isAfter(availability.time())) {
      return;
    }
    if (held != null) {
      owners.ofMatterlessEvent(held.ref()).forEach(session::delete);
      applied.remove(held.ref());
    }
    availabilities.put(availability.staff(), availability);
    session.insert(availability);
  }

  /**
   * Calls tied to no matter leave working memory once the clock is {@code matterlessRetention} past
   * them, and are forgotten (a copy of one would be judged afresh). A call tied to a matter since
   * is the matter's and stays.
   */
  private void letGoOfOldUntiedCalls() {
    Instant cutoff = now.getTime().minus(context.matterlessRetention());
    while (!untied.isEmpty() && !untied.peek().time().isAfter(cutoff)) {
      String ref = untied.poll().ref();
      List<FactHandle> left = owners.ofMatterlessEvent(ref);
      if (!left.isEmpty()) {
        left.forEach(session::delete);
        applied.remove(ref);
      }
    }
  }

  /**
   * How much the engine holds, for tests that working memory returns to its baseline: facts, event
   * refs remembered as applied, and matters known.
   */
  public Held held() {
    return new Held(session.getFactCount(), applied.size(), latestEventTime.size());
  }

  /** What {@link #held} counts. */
  public record Held(long facts, int appliedRefs, int mattersKnown) {}

  /**
   * Keeps what a matter held when it was resolved, for {@link #stateOf}, where otherwise it would
   * only leave working memory: for an engine that tells a matter's story, not for a live one.
   */
  public void keepResolvedMatters() {
    closedMatters = new HashMap<>();
  }

  /**
   * What the engine holds of a matter, to hand over to another engine ({@link #replace}); for a
   * resolved matter, what it held when resolved if the engine keeps those.
   */
  public MatterState stateOf(String matterId) {
    if (closedMatters != null && closedMatters.containsKey(matterId)) {
      return closedMatters.get(matterId);
    }
    List<Object> facts = new ArrayList<>();
    owners.ofMatter(matterId).forEach(h -> facts.add(session.getObject(h)));
    return new MatterState(
        matterId,
        facts,
        openMatters.get(matterId),
        latestEventTime.get(matterId),
        judgedThrough.get(matterId));
  }

  /**
   * Replaces what the engine holds of {@code state}'s matter with {@code state}, as judged by
   * another engine from the matter's events in time order, and marks {@code refs} applied; then
   * fires what the new facts make true together with the rest.
   */
  public void replace(MatterState state, Set<String> refs) {
    drop(state.matterId());
    state.facts().forEach(session::insert);
    if (state.matter() != null) {
      register(state.matter());
    }
    if (state.latestEventTime() != null) {
      latestEventTime.put(state.matterId(), state.latestEventTime());
    }
    if (state.judgedThrough() != null) {
      judgedThrough.put(state.matterId(), state.judgedThrough());
    }
    boolean resolved =
        state.matter() == null && state.facts().isEmpty() && state.latestEventTime() == null;
    if (!resolved) {
      // a matter resolved meanwhile holds nothing here, its events' refs included
      applied.addAll(refs);
      appliedOfMatter.computeIfAbsent(state.matterId(), k -> new HashSet<>()).addAll(refs);
    }
    fireReporting("on " + state.matterId() + " judged again");
  }

  /** Forgets a matter: its facts leave working memory, unfired. */
  private void drop(String matterId) {
    Matter matter = openMatters.remove(matterId);
    if (matter != null) {
      unregister(matter);
    }
    latestEventTime.remove(matterId);
    judgedThrough.remove(matterId);
    Set<String> refs = appliedOfMatter.remove(matterId);
    if (refs != null) {
      applied.removeAll(refs);
    }
    owners.ofMatter(matterId).forEach(session::delete);
  }

  private void noteClockJudgement(List<? extends Object> matched) {
    boolean byClock = false;
    for (Object o : matched) {
      byClock |= o instanceof Now;
    }
    if (byClock) {
      for (Object o : matched) {
        if (o instanceof MatterScoped s && s.getMatterId() != null) {
          judgedThrough.merge(s.getMatterId(), now.getTime(), Engine::later);
        }
      }
    }
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  public void putTeam(String id, String name, String manager) {
    replace("team:" + id, new Team(id, name, manager));
  }

  public void putParty(DirectoryEntry entry) {
    directory.put(entry);
    replace("party:" + entry.id(), new Party(entry.id(), entry.kind(), entry.name(), entry.team()));
  }

  private void replace(String key, Object fact) {
    FactHandle old = directoryHandles.remove(key);
    if (old != null) {
      session.delete(old);
    }
    directoryHandles.put(key, session.insert(fact));
  }

  public List<String> openMatterIds() {
    return List.copyOf(openMatters.keySet());
  }

  DirectoryIndex directory() {
    return directory;
  }

  Optional<DirectoryEntry> party(String id) {
    return directory.get(id);
  }

  Optional<Matter> openMatter(String id) {
    return Optional.ofNullable(id).map(openMatters::get);
  }

  /** The open matters a party is client or end user of. */
  List<OpenMatterRef> openMattersOf(String party) {
    return openMattersByParty.getOrDefault(party, List.of());
  }

  void open(Matter matter) {
    register(matter);
    session.insert(matter);
  }

  private void register(Matter matter) {
    openMatters.put(matter.getId(), matter);
    OpenMatterRef ref =
        new OpenMatterRef(
            matter.getId(),
            matter.getClient(),
            matter.getEndUser(),
            matter.getTeam(),
            matter.getAssignee());
    Stream.of(matter.getClient(), matter.getEndUser())
        .filter(Objects::nonNull)
        .distinct()
        .forEach(p -> openMattersByParty.computeIfAbsent(p, k -> new ArrayList<>()).add(ref));
  }

  private void unregister(Matter matter) {
    Stream.of(matter.getClient(), matter.getEndUser())
        .filter(Objects::nonNull)
        .forEach(
            p -> {
              List<OpenMatterRef> refs = openMattersByParty.getOrDefault(p, new ArrayList<>());
              refs.removeIf(r -> r.id().equals(matter.getId()));
              if (refs.isEmpty()) {
                openMattersByParty.remove(p);
              }
            });
  }

  void insert(Object fact) {
    session.insert(fact);
  }

  void changed(Object fact) {
    FactHandle handle = session.getFactHandle(fact);
    if (handle != null) {
      session.update(handle, fact);
    }
  }

  /** A resolved matter leaves working memory with every fact that belongs to it. */
  private void closeMatter(String matterId) {
    if (closedMatters != null) {
      closedMatters.put(matterId, stateOf(matterId));
    }
    drop(matterId);
    fireReporting("as " + matterId + " closed");
  }

  /** Fires what is due, logging any rule that fails {@code when}: no event is at fault. */
  private void fireReporting(String when) {
    fire()
        .forEach(
            failure ->
                LOG.errorf(
                    "rule set %s: a rule failed %s: %s",
                    ruleSet.version(), when, Failures.describe(failure)));
  }

  /**
   * Fires what is due. A rule whose consequence fails has fired (its match is spent), and the rest
   * still fire; answers the failures, none if all went well.
   */
  private List<RuntimeException> fire() {
    List<RuntimeException> failures = List.of();
    while (true) {
      try {
        int fired = session.fireAllRules(MAX_FIRINGS_PER_STEP);
        if (fired == MAX_FIRINGS_PER_STEP) {
          LOG.warnf(
              "rule set %s fired %d rules in one step; a rule may loop", ruleSet.version(), fired);
        }
        return failures;
      } catch (RuntimeException e) {
        if (failures.isEmpty()) {
          failures = new ArrayList<>();
        }
        failures.add(e);
        if (failures.size() >= MAX_FAILURES_PER_STEP) {
          return failures;
        }
      }
    }
  }

  @Override
  public void close() {
    session.dispose();
  }
}
