package dev.yakusoku.story;

import static dev.yakusoku.events.EventTypes.*;

import dev.yakusoku.access.AlertScope;
import dev.yakusoku.alerts.AlertService;
import dev.yakusoku.alerts.AlertView;
import dev.yakusoku.directory.DirectoryService;
import dev.yakusoku.directory.PartyBody;
import dev.yakusoku.directory.TeamBody;
import dev.yakusoku.engine.EngineContext;
import dev.yakusoku.engine.LiveEngines;
import dev.yakusoku.engine.MatterState;
import dev.yakusoku.events.AcceptedEvent;
import dev.yakusoku.events.EventData;
import dev.yakusoku.facts.Contact;
import dev.yakusoku.facts.Matter;
import dev.yakusoku.facts.Promise;
import dev.yakusoku.ingest.EventLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Tells an alert's story from the stored event log: the events filed under its matter (the calls
 * tied to it without a subject among them) and the events its alerts cite, and what the engine
 * makes of them: the promises, and how each call was tied, are the facts the live rule set derives
 * from those events in time order ({@link LiveEngines#judgedAlone}), so what the page says and what
 * the rules judged cannot disagree. Nothing here reads a clock.
 */
@ApplicationScoped
public class StoryService {
  private static final int MOST_ALERTS_PER_MATTER = 500;

  private final AlertService alerts;
  private final EventLog log;
  private final DirectoryService directory;
  private final EngineContext context;
  private final LiveEngines engine;

  public StoryService(
      AlertService alerts,
      EventLog log,
      DirectoryService directory,
      EngineContext context,
      LiveEngines engine) {
    this.alerts = alerts;
    this.log = log;
    this.directory = directory;
    this.context = context;
    this.engine = engine;
  }

  /**
   * One read of the log and the directory, so the story is told from one state of them; an alert
   * outside {@code scope} has no story to tell.
   */
  @Transactional
  public Optional<AlertStory> of(String alertId, AlertScope scope) {
    return alerts.get(alertId, scope).map(alert -> storyOf(alert, scope));
  }

  private AlertStory storyOf(AlertView alert, AlertScope scope) {
    ZoneId zone = ZoneId.of(alert.teamZone());
    Set<String> cited = new LinkedHashSet<>(alert.evidence());
    if (alert.matterId() != null) {
      alerts
          .search(scope, null, null, null, alert.matterId(), null, MOST_ALERTS_PER_MATTER)
          .forEach(a -> cited.addAll(a.evidence()));
    }
    Map<String, AcceptedEvent> byRef = new LinkedHashMap<>();
    if (alert.matterId() != null) {
      log.filedUnder(Set.of(alert.matterId())).forEach(e -> byRef.put(e.event().ref(), e.event()));
    }
    log.ofMatter(null, cited).forEach(e -> byRef.putIfAbsent(e.ref(), e));
    List<AcceptedEvent> events =
        byRef.values().stream().sorted(Comparator.comparing(AcceptedEvent::time)).toList();
    Map<String, PartyBody> parties =
        directory.searchParties(null).stream()
            .collect(Collectors.toMap(PartyBody::id, p -> p, (a, b) -> a, LinkedHashMap::new));
    MatterSummary matter = MatterSummary.of(alert.matterId(), events, zone);
    List<Object> derived =
        alert.matterId() == null
            ? List.of()
            : engine.judgedAlone(alert.matterId()).map(MatterState::facts).orElse(List.of());
    Map<String, Contact> contacts =
        derived.stream()
            .filter(Contact.class::isInstance)
            .map(Contact.class::cast)
            .collect(Collectors.toMap(Contact::getRef, c -> c, (a, b) -> a));
    List<TiedEvent> story = events.stream().map(e -> tied(e, contacts.get(e.ref()))).toList();
    Matter judged =
        derived.stream()
            .filter(Matter.class::isInstance)
            .map(Matter.class::cast)
            .findFirst()
            .orElse(null);
    List<PromiseStory> promises =
        derived.stream()
            .filter(Promise.class::isInstance)
            .map(Promise.class::cast)
            .sorted(Comparator.comparing(Promise::getMadeAt).thenComparing(Promise::getId))
            .map(p -> promiseStory(p, judged, byRef.get(p.getRef()), zone))
            .toList();
    Function<String, String> names =
        id -> Optional.ofNullable(parties.get(id)).map(PartyBody::name).orElse(id);
    Headlines headlines = new Headlines(names, zone);
    Set<String> evidence = Set.copyOf(alert.evidence());
    List<TimelineEntry> timeline =
        story.stream()
            .map(t -> entry(t, headlines, evidence.contains(t.event().ref()), zone))
            .toList();

    return new AlertStory(
        alert,
        zone.getId(),
        matter,
        promises,
        timeline,
        mentioned(alert, matter, story, promises, parties),
        teams(alert, matter));
  }

  /** A call as the engine tied it (caller, staff asked for, how), or any other event as stored. */
  private static TiedEvent tied(AcceptedEvent e, Contact contact) {
    if (contact == null || contact.getTiedBy() == null) {
      return TiedEvent.asStored(e);
    }
    return new TiedEvent(e, contact.getFrom(), contact.getAskedForId(), contact.getTiedBy());
  }

  /** A promise as the engine holds it, with the terms it was made on, as its event gave them. */
  private PromiseStory promiseStory(Promise p, Matter matter, AcceptedEvent made, ZoneId zone) {
    String terms =
        "callback".equals(p.getKind()) && made != null && !PROMISE_MADE.equals(made.type())
            ? context.settings().callbackWindow().toString()
            : made == null
                ? null
                : made.data(EventData.PromiseMade.class)
                    .map(EventData.PromiseMade::terms)
                    .orElse(null);
    String owner =
        p.getOwner() != null || matter == null ? p.getOwner() : matter.assigneeAt(p.getMadeAt());
    return new PromiseStory(
        p.getId(),
        p.getKind(),
        p.getMadeBy(),
        p.getMadeTo(),
        owner,
        p.getTarget(),
        format(p.getMadeAt(), zone),
        terms,
        format(p.getBaseDue(), zone),
        p.getPausedFor().toString(),
        p.isOpen() && p.isPaused(),
        format(p.getDue(), zone),
        p.getState(),
        format(p.getKeptAt(), zone),
        p.getKeptBy(),
        format(p.getWithdrawnAt(), zone),
        p.getRef());
  }

  private static TimelineEntry entry(
      TiedEvent t, Headlines headlines, boolean evidence, ZoneId zone) {
    AcceptedEvent e = t.event();
    EventData data = e.data();
    var contact = e.data(EventData.ContactLogged.class);
    String channel =
        contact
            .map(EventData.ContactLogged::channel)
            .or(
                () ->
                    e.data(EventData.EscalationRaised.class)
                        .map(EventData.EscalationRaised::channel))
            .orElse(null);
    return new TimelineEntry(
        format(e.time(), zone),
        e.ref(),
        e.type(),
        channel,
        contact.map(EventData.ContactLogged::direction).orElse(null),
        firstOf(t.from(), data.actor()),
        data.addressee(),
        contact.map(EventData.ContactLogged::callerName).orElse(null),
        contact.map(EventData.ContactLogged::callerPhone).orElse(null),
        contact.map(EventData.ContactLogged::askedFor).orElse(null),
        contact.map(EventData.ContactLogged::outcome).orElse(null),
        data.remark(),
        headlines.of(t),
        t.tiedBy(),
        evidence);
  }

  private static Map<String, PartyName> mentioned(
      AlertView alert,
      MatterSummary matter,
      List<TiedEvent> story,
      List<PromiseStory> promises,
      Map<String, PartyBody> parties) {
    Stream<String> ids =
        Stream.of(
                Stream.of(alert.manager(), alert.acknowledgedBy(), alert.resolvedBy()),
                matter == null
                    ? Stream.<String>empty()
                    : Stream.of(matter.client(), matter.endUser(), matter.assignee()),
                story.stream()
                    .flatMap(
                        t ->
                            Stream.concat(
                                Stream.of(t.from(), t.askedForId()),
                                t.event().data().partiesNamed().stream())),
                promises.stream().flatMap(p -> Stream.of(p.owner(), p.target())))
            .flatMap(s -> s);
    Map<String, PartyName> named = new LinkedHashMap<>();
    ids.filter(parties::containsKey)
        .forEach(
            id -> {
              PartyBody p = parties.get(id);
              named.putIfAbsent(id, new PartyName(p.name(), p.kind(), p.organization()));
            });
    return named;
  }

  private Map<String, TeamName> teams(AlertView alert, MatterSummary matter) {
    Set<String> wanted = new LinkedHashSet<>();
    wanted.add(alert.team());
    if (matter != null) {
      wanted.add(matter.team());
    }
    Map<String, TeamName> named = new LinkedHashMap<>();
    for (TeamBody t : directory.teams()) {
      if (wanted.contains(t.id())) {
        named.put(t.id(), new TeamName(t.name(), t.manager()));
      }
    }
    return named;
  }

  private static String firstOf(String... values) {
    return Stream.of(values).filter(Objects::nonNull).findFirst().orElse(null);
  }

  static String format(Instant instant, ZoneId zone) {
    return instant == null
        ? null
        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
  }
}
