package dev.yakusoku.notifications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yakusoku.alerts.Alert;
import dev.yakusoku.alerts.AlertState;
import dev.yakusoku.alerts.AlertView;
import dev.yakusoku.alerts.TeamZones;
import dev.yakusoku.calendar.BusinessCalendar;
import dev.yakusoku.directory.PartyRecord;
import dev.yakusoku.directory.TeamRecord;
import dev.yakusoku.facts.AlertTypes;
import dev.yakusoku.persistence.UniqueViolation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Writes the daily digests: for each receiver with {@code digest} whose kind takes one, and each of
 * its teams, one {@link Digest} a business day, at the first pass within the team's business hours
 * (the business calendar on the team's zone, by the service's wall clock), as a notification the
 * relay delivers like any other. A digest is written once per receiver, team and day: a second
 * pass, a restart or another replica finds it written, and the database's unique key settles a
 * race.
 */
@ApplicationScoped
public class DailyDigest {
  private static final Logger LOG = Logger.getLogger(DailyDigest.class);
  private static final String CRITICAL = "critical";

  private final Clock wallClock;
  private final BusinessCalendar calendar;
  private final TeamZones zones;
  private final Map<String, Sender> senders;
  private final NotificationsConfig config;
  private final ObjectMapper json;

  public DailyDigest(
      Clock wallClock,
      BusinessCalendar calendar,
      TeamZones zones,
      Instance<Sender> senders,
      NotificationsConfig config,
      ObjectMapper json) {
    this.wallClock = wallClock;
    this.calendar = calendar;
    this.zones = zones;
    this.senders = senders.stream().collect(Collectors.toMap(Sender::kind, Function.identity()));
    this.config = config;
    this.json = json;
  }

  @Scheduled(
      every = "${yakusoku.notifications.digest-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void onSchedule() {
    writeDue(wallClock.instant());
  }

  /**
   * Writes every digest due at wall-clock time {@code now} and not written yet; answers how many.
   */
  public int writeDue(Instant now) {
    List<Due> due = QuarkusTransaction.requiringNew().call(() -> dueAt(now));
    int written = 0;
    for (Due d : due) {
      try {
        if (QuarkusTransaction.requiringNew().call(() -> write(d, now))) {
          written++;
        }
      } catch (RuntimeException e) {
        if (UniqueViolation.causes(e)) {
          LOG.debugf("the digest of %s for %s on %s was written elsewhere", d.team, d.id(), d.day);
        } else {
          LOG.errorf(e, "the digest of %s for %s on %s was not written", d.team, d.id(), d.day);
        }
      }
    }
    return written;
  }

  /** A digest to write: for a receiver, of a team, on the team's business day. */
  private record Due(ReceiverBody receiver, String team, ZoneId zone, LocalDate day) {
    String id() {
      return receiver.id();
    }
  }

  private List<Due> dueAt(Instant now) {
    List<Due> due = new ArrayList<>();
    for (ReceiverRecord r : ReceiverRecord.<ReceiverRecord>list("digest", true)) {
      Sender sender = senders.get(r.kind);
      if (sender == null || !sender.sendsDigests()) {
        continue;
      }
      for (String team : new LinkedHashSet<>(r.teams)) {
        ZoneId zone = zones.zoneOf(team);
        if (!calendar.inZone(zone).isBusinessTime(now)) {
          continue;
        }
        LocalDate day = now.atZone(zone).toLocalDate();
        if (!Notification.digestWritten(r.id, team, day)) {
          due.add(new Due(r.body(), team, zone, day));
        }
      }
    }
    return due;
  }

  private boolean write(Due d, Instant now) {
    if (Notification.digestWritten(d.id(), d.team, d.day)) {
      return false;
    }
    Notification n = new Notification();
    n.receiverId = d.id();
    n.kind = d.receiver.kind();
    n.event = Notification.DIGEST;
    n.digestTeam = d.team;
    n.digestDay = d.day;
    n.alert = asJson(compose(d));
    n.createdAt = now;
    n.status = Notification.HELD;
    n.nextAttemptAt = now;
    n.persist();
    Notification.flush();
    return true;
  }

  private Digest compose(Due d) {
    BusinessCalendar local = calendar.inZone(d.zone);
    LocalDate previous = d.day.minusDays(1);
    while (!local.isBusinessDay(previous)) {
      previous = previous.minusDays(1);
    }
    Instant since = previous.atStartOfDay(d.zone).toInstant();
    Instant until = d.day.atStartOfDay(d.zone).toInstant();
    String ofTeam = "(team = ?1 or escalationTeam = ?1)";
    List<Alert> open =
        told(d, Alert.list(ofTeam + " and state <> ?2", d.team, AlertState.RESOLVED));
    open.sort(
        Comparator.comparing((Alert a) -> !CRITICAL.equals(a.severity))
            .thenComparing(a -> a.firstRaisedAt)
            .thenComparing(a -> a.id));
    List<Alert> raised =
        told(
            d,
            Alert.list(
                ofTeam
                    + " and firstRaisedAt >= ?2 and firstRaisedAt < ?3 order by firstRaisedAt, id",
                d.team,
                since,
                until));
    List<Alert> resolved =
        told(
            d,
            Alert.list(
                ofTeam
                    + " and state = ?2 and resolvedAt >= ?3 and resolvedAt < ?4"
                    + " order by resolvedAt, id",
                d.team,
                AlertState.RESOLVED,
                since,
                until));
    Digest.Counts counts =
        new Digest.Counts(
            open.size(),
            raised.size(),
            resolved.size(),
            distinctOfType(AlertTypes.BROKEN_PROMISE, open, raised, resolved),
            distinctOfType(AlertTypes.STALLED_DEPENDENCY, open, raised, resolved));
    int most = config.digestMostAlerts();
    List<Alert> shownOpen = open.subList(0, Math.min(most, open.size()));
    List<Alert> shownRaised = raised.subList(0, Math.min(most, raised.size()));
    List<Alert> shownResolved = resolved.subList(0, Math.min(most, resolved.size()));
    return new Digest(
        d.team,
        d.zone.getId(),
        d.day.toString(),
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(since.atZone(d.zone)),
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(until.atZone(d.zone)),
        counts,
        views(shownOpen),
        views(shownRaised),
        views(shownResolved),
        names(d.team, shownOpen, shownRaised, shownResolved));
  }

  /** The alerts the receiver hears of: of its severities, and of its types when it names some. */
  private static List<Alert> told(Due d, List<Alert> alerts) {
    List<String> types = d.receiver.types();
    return alerts.stream()
        .filter(a -> d.receiver.severities().contains(a.severity))
        .filter(a -> types == null || types.isEmpty() || types.contains(a.type))
        .collect(Collectors.toCollection(ArrayList::new));
  }

  @SafeVarargs
  private static int distinctOfType(String type, List<Alert>... lists) {
    Set<String> ids = new HashSet<>();
    Stream.of(lists)
        .flatMap(List::stream)
        .filter(a -> type.equals(a.type))
        .forEach(a -> ids.add(a.id));
    return ids.size();
  }

  private List<AlertView> views(List<Alert> alerts) {
    return alerts.stream().map(a -> AlertView.of(a, zones.zoneOf(a.team))).toList();
  }

  /** The team's name and those of the people the lists mention, by id. */
  @SafeVarargs
  private static Map<String, String> names(String team, List<Alert>... lists) {
    Map<String, String> names = new HashMap<>();
    TeamRecord.<TeamRecord>findByIdOptional(team)
        .filter(t -> t.name != null)
        .ifPresent(t -> names.put(t.id, t.name));
    Set<String> people =
        Stream.of(lists)
            .flatMap(List::stream)
            .flatMap(a -> Stream.of(a.manager, a.acknowledgedBy, a.resolvedBy))
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    if (!people.isEmpty()) {
      PartyRecord.<PartyRecord>list("id in ?1", people).stream()
          .filter(p -> p.name != null && !p.name.isBlank())
          .forEach(p -> names.put(p.id, p.name));
    }
    return names;
  }

  private String asJson(Digest digest) {
    try {
      return json.writeValueAsString(digest);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a digest always writes as JSON", e);
    }
  }
}
