package dev.yakusoku.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yakusoku.config.IngestConfig;
import dev.yakusoku.engine.EngineBacklog;
import dev.yakusoku.events.AcceptedEvent;
import dev.yakusoku.events.EventTypes;
import dev.yakusoku.events.EventsAccepted;
import dev.yakusoku.events.KeyedEvent;
import dev.yakusoku.events.RetiedCall;
import dev.yakusoku.persistence.DiskSync;
import dev.yakusoku.persistence.UniqueViolation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Stores accepted events, once per ({@code source}, {@code id}), before anyone hears of them.
 *
 * <p>Requests are written by group commit: a request joins a queue, and whichever request holds the
 * writer's lock writes every request queued by then in one transaction, forces the store to disk
 * once ({@link DiskSync}), tells the engines of the group's events as one piece of knowledge
 * ({@link EventsAccepted}) and only then answers them all. Under load a commit carries many
 * requests, so its cost is shared; alone, a request is its own group. Should a group's transaction
 * fail, its requests are written again one by one, so one request's failure is its own.
 */
@ApplicationScoped
public class IngestService {
  private static final Logger LOG = Logger.getLogger(IngestService.class);
  private static final int MAX_ATTEMPTS = 3;

  private final ObjectMapper json;
  private final Clock wallClock;
  private final Counter accepted;
  private final Counter duplicates;
  private final DistributionSummary groupSizes;
  private final boolean outbox;
  private final MatterRouting routing;
  private final DiskSync disk;
  private final EngineBacklog backlog;
  private final Event<EventsAccepted> heard;
  private final int groupEvents;

  private final ReentrantLock writer = new ReentrantLock();
  private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();

  public IngestService(
      ObjectMapper json,
      Clock wallClock,
      MeterRegistry metrics,
      MatterRouting routing,
      DiskSync disk,
      EngineBacklog backlog,
      Event<EventsAccepted> heard,
      IngestConfig config,
      Instance<OutboxRelay> relay) {
    this.json = json;
    this.routing = routing;
    this.disk = disk;
    this.backlog = backlog;
    this.heard = heard;
    this.groupEvents = config.groupCommitEvents();
    // rows are written only where a relay publishes them (clustered)
    this.outbox = relay.isResolvable();
    this.wallClock = wallClock;
    this.accepted = metrics.counter("yakusoku.events.accepted");
    this.duplicates = metrics.counter("yakusoku.events.duplicates");
    this.groupSizes =
        DistributionSummary.builder("yakusoku.ingest.group.requests")
            .description("requests written by one commit")
            .register(metrics);
  }

  /**
   * Stores the new events of one request in {@code time} order (ties in the order given), durably,
   * and tells the engines of them; answers once both are done. Two requests never race on one
   * idempotency key in this process (one writer); a key stored meanwhile by another node (a unique
   * violation at commit) is retried, and then counts as a duplicate. Clustered, the same
   * transaction adds each new event to the outbox.
   */
  public IngestResult store(List<AcceptedEvent> events) {
    Optional<Instant> earliest = events.stream().map(AcceptedEvent::time).min(Instant::compareTo);
    // from here until the engines have them, the live clock waits for these events
    earliest.ifPresent(backlog::hold);
    try {
      Pending mine = new Pending(events);
      queue.add(mine);
      while (!mine.answered.isDone()) {
        writer.lock();
        try {
          if (!mine.answered.isDone()) {
            List<Pending> group = drain();
            try {
              writeGroup(group);
            } finally {
              // should writing end abruptly, no request of the group waits for an answer forever
              for (Pending p : group) {
                if (!p.answered.isDone()) {
                  p.answered.completeExceptionally(
                      new IllegalStateException("the commit writing this request did not finish"));
                }
              }
            }
          }
        } finally {
          writer.unlock();
        }
      }
      return mine.answered.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    } finally {
      earliest.ifPresent(backlog::release);
    }
  }

  /** A request waiting for its commit. */
  private static final class Pending {
    final List<AcceptedEvent> events;
    final CompletableFuture<IngestResult> answered = new CompletableFuture<>();

    Pending(List<AcceptedEvent> events) {
      this.events = events;
    }
  }

  /** The requests queued now, in arrival order, up to a group's size (at least one). */
  private List<Pending> drain() {
    List<Pending> group = new ArrayList<>();
    int events = 0;
    for (Pending p = queue.peek(); p != null; p = queue.peek()) {
      if (!group.isEmpty() && events + p.events.size() > groupEvents) {
        break;
      }
      group.add(queue.poll());
      events += p.events.size();
    }
    return group;
  }

  private void writeGroup(List<Pending> group) {
    if (group.isEmpty()) {
      return;
    }
    Written written;
    try {
      written = writeTogether(group);
    } catch (RuntimeException e) {
      if (group.size() == 1) {
        group.get(0).answered.completeExceptionally(e);
        return;
      }
      // one request spoiled the group: each is written again on its own
      for (Pending p : group) {
        writeGroup(List.of(p));
      }
      return;
    }
    disk.sync();
    groupSizes.record(group.size());
    try {
      // stored: the live engines hear of the group's events (in-process, or through the outbox),
      // all known from this commit on, so one piece of knowledge
      heard.fire(written.heard());
    } catch (RuntimeException e) {
      // the events are stored, and a rebuild of the engines judges them; the answers stand
      LOG.errorf("telling the engines of %d stored events failed: %s", written.stored(), e);
    }
    for (int i = 0; i < group.size(); i++) {
      IngestResult result = written.answers().get(i);
      accepted.increment(result.accepted());
      duplicates.increment(result.duplicates());
      group.get(i).answered.complete(result);
    }
  }

  /** A group written: each request's answer, in the group's order, and what the engines hear. */
  private record Written(List<IngestResult> answers, EventsAccepted heard) {
    int stored() {
      return heard.events().size();
    }
  }

  private Written writeTogether(List<Pending> group) {
    for (int attempt = 1; ; attempt++) {
      try {
        return QuarkusTransaction.requiringNew().call(() -> storeNew(group));
      } catch (RuntimeException e) {
        if (attempt >= MAX_ATTEMPTS || !UniqueViolation.causes(e)) {
          throw e;
        }
      }
    }
  }

  /**
   * Stores the new events of a group of requests, each request's in {@code time} order and the
   * requests in the group's order. What is stored already, and the matters named, are read once for
   * the whole group; the calls a matter's opening or resolution ties or unties are reconsidered
   * once too. Where a call belongs depends on the event times of openings and resolutions only, not
   * on which request brought them, so a group is routed as one request would be.
   */
  private Written storeNew(List<Pending> group) {
    List<List<AcceptedEvent>> requests = new ArrayList<>(group.size());
    Set<String> ids = new LinkedHashSet<>();
    for (Pending p : group) {
      List<AcceptedEvent> ordered = new ArrayList<>(p.events);
      ordered.sort(Comparator.comparing(AcceptedEvent::time));
      requests.add(ordered);
      ordered.forEach(e -> ids.add(e.id()));
    }
    Set<String> seen = new HashSet<>();
    StoredEvent.storedKeysAmong(ids).forEach(row -> seen.add(row[0] + "\u0000" + row[1]));
    List<List<AcceptedEvent>> fresh =
        requests.stream().map(r -> r.stream().filter(e -> seen.add(key(e))).toList()).toList();
    List<AcceptedEvent> all = fresh.stream().flatMap(List::stream).toList();
    // every matter the group names, read in one query
    Map<String, MatterRecord> matters =
        MatterRecord.byIds(
            all.stream().map(AcceptedEvent::subject).filter(Objects::nonNull).distinct().toList());
    // what the events say of their matters, first: a call's matter is judged by the event times
    // of openings and resolutions, so those of this group count whatever their place in it
    Map<MatterRecord, Instant> openedOrResolved = new LinkedHashMap<>();
    for (AcceptedEvent e : all) {
      if (e.subject() != null) {
        MatterRecord matter = MatterRecord.note(e, matters);
        if (EventTypes.MATTER_OPENED.equals(e.type())
            || EventTypes.MATTER_RESOLVED.equals(e.type())) {
          openedOrResolved.merge(matter, e.time(), (a, b) -> a.isBefore(b) ? a : b);
        }
      }
    }
    // the matters as now known are written once; no query from here on needs to see what the
    // group adds (a call of the group is routed knowing every matter of it), so none flushes,
    // and none looks over the group's rows in memory
    Session session = StoredEvent.getEntityManager().unwrap(Session.class);
    session.flush();
    session.setHibernateFlushMode(FlushMode.COMMIT);
    MatterRouting.Batch route = routing.batch();
    List<MatterRouting.Route> routes = all.stream().map(route::route).toList();
    // then the log rows, one run of inserts, so they go out in JDBC batches
    Instant now = wallClock.instant();
    List<KeyedEvent> stored = new ArrayList<>(all.size());
    List<StoredEvent> rows = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      AcceptedEvent e = all.get(i);
      MatterRouting.Route where = routes.get(i);
      StoredEvent row = new StoredEvent();
      row.source = e.source();
      row.eventId = e.id();
      row.type = e.type();
      row.subject = e.subject();
      row.matterKey = where.matter();
      row.caller = where.caller();
      row.time = e.time();
      row.receivedAt = now;
      row.data = write(e);
      row.persist();
      stored.add(new KeyedEvent(row.recordKey(), e));
      rows.add(row);
    }
    if (outbox) {
      // after the log rows they refer to, in one run, so they go out in JDBC batches
      rows.forEach(OutboxEntry::add);
    }
    List<RetiedCall> retied = route.reconsider(openedOrResolved);
    List<IngestResult> answers = new ArrayList<>(group.size());
    for (int r = 0; r < group.size(); r++) {
      int n = fresh.get(r).size();
      answers.add(new IngestResult(n, requests.get(r).size() - n));
    }
    return new Written(answers, new EventsAccepted(stored, retied));
  }

  private String write(AcceptedEvent e) {
    try {
      return json.writeValueAsString(e.data());
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("parsed JSON always writes back", ex);
    }
  }

  static String key(AcceptedEvent e) {
    return e.source() + '\u0000' + e.id();
  }
}
