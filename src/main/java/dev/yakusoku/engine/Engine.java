package dev.yakusoku.engine;

import dev.yakusoku.directory.DirectoryEntry;
import dev.yakusoku.directory.DirectoryIndex;
import dev.yakusoku.directory.OpenMatterRef;
import dev.yakusoku.facts.AlertSink;
import dev.yakusoku.facts.Matter;
import dev.yakusoku.facts.MatterScoped;
import dev.yakusoku.facts.Now;
import dev.yakusoku.facts.Party;
import dev.yakusoku.facts.Team;
import dev.yakusoku.rules.RuleSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 */
public final class Engine implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(Engine.class);
  private static final int MAX_FIRINGS_PER_STEP = 100_000;

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
  private long firings;

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
          }
        });
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
    fire();
  }

  /** Inserts one event's facts and fires what it makes true; an event seen before is ignored. */
  public void apply(EngineEvent event) {
    apply(event, CallRouting.BY_ENGINE);
  }

  /**
   * As {@link #apply(EngineEvent)}, a contact without a subject tied to the matter {@code routing}
   * decides.
   */
  public void apply(EngineEvent event, CallRouting routing) {
    if (!applied.add(event.ref())) {
      return;
    }
    Optional<String> resolvedMatter = translator.insert(event, routing);
    fire();
    resolvedMatter.ifPresent(this::closeMatter);
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
    session.insert(matter);
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
    Matter matter = openMatters.remove(matterId);
    Stream.of(matter.getClient(), matter.getEndUser())
        .filter(Objects::nonNull)
        .forEach(
            p -> {
              List<OpenMatterRef> refs = openMattersByParty.getOrDefault(p, new ArrayList<>());
              refs.removeIf(r -> r.id().equals(matterId));
              if (refs.isEmpty()) {
                openMattersByParty.remove(p);
              }
            });
    List<FactHandle> handles =
        new ArrayList<>(
            session.getFactHandles(
                o -> o instanceof MatterScoped s && matterId.equals(s.getMatterId())));
    handles.forEach(session::delete);
    fire();
  }

  private void fire() {
    int fired = session.fireAllRules(MAX_FIRINGS_PER_STEP);
    if (fired == MAX_FIRINGS_PER_STEP) {
      LOG.warnf(
          "rule set %s fired %d rules in one step; a rule may loop", ruleSet.version(), fired);
    }
  }

  @Override
  public void close() {
    session.dispose();
  }
}
