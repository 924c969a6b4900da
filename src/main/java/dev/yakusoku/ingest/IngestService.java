package dev.yakusoku.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yakusoku.engine.EngineEvent;
import dev.yakusoku.engine.EventTypes;
import dev.yakusoku.persistence.Durable;
import dev.yakusoku.persistence.UniqueViolation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/** Stores accepted events, once per ({@code source}, {@code id}), before anyone hears of them. */
@ApplicationScoped
public class IngestService {
  private static final int MAX_ATTEMPTS = 3;

  private final ObjectMapper json;
  private final Clock wallClock;
  private final Counter accepted;
  private final Counter duplicates;
  private final ReentrantLock lock = new ReentrantLock();
  private final boolean outbox;

  private final MatterRouting routing;

  public IngestService(
      ObjectMapper json,
      Clock wallClock,
      MeterRegistry metrics,
      MatterRouting routing,
      Instance<OutboxRelay> relay) {
    this.json = json;
    this.routing = routing;
    // rows are written only where a relay publishes them (clustered)
    this.outbox = relay.isResolvable();
    this.wallClock = wallClock;
    this.accepted = metrics.counter("yakusoku.events.accepted");
    this.duplicates = metrics.counter("yakusoku.events.duplicates");
  }

  /**
   * Stores the new events of one request in {@code time} order (ties in the order given) and
   * answers them in that order. The lock is held until the transaction has committed, so two
   * requests never race on one idempotency key in this process; a key stored meanwhile by another
   * node (a unique violation at commit) is retried, and then counts as a duplicate. Clustered, the
   * same transaction adds each new event to the outbox.
   */
  @Durable
  public IngestResult store(List<EngineEvent> events) {
    IngestResult result = null;
    for (int attempt = 1; result == null; attempt++) {
      lock.lock();
      try {
        result = QuarkusTransaction.requiringNew().call(() -> storeNew(events));
      } catch (RuntimeException e) {
        if (attempt >= MAX_ATTEMPTS || !UniqueViolation.causes(e)) {
          throw e;
        }
      } finally {
        lock.unlock();
      }
    }
    accepted.increment(result.accepted());
    duplicates.increment(result.duplicates());
    return result;
  }

  private IngestResult storeNew(List<EngineEvent> events) {
    List<EngineEvent> ordered = new ArrayList<>(events);
    ordered.sort(Comparator.comparing(EngineEvent::time));
    Set<String> seen = new HashSet<>();
    StoredEvent.storedKeysAmong(ordered.stream().map(EngineEvent::id).distinct().toList())
        .forEach(row -> seen.add(row[0] + "\u0000" + row[1]));
    Instant now = wallClock.instant();
    List<EventLog.Keyed> stored = new ArrayList<>();
    List<StoredEvent> rows = new ArrayList<>();
    List<EngineEvent> openingsAndResolutions = new ArrayList<>();
    MatterRouting.Batch route = routing.batch();
    for (EngineEvent e : ordered) {
      if (!seen.add(key(e))) {
        continue;
      }
      MatterRouting.Route where = route.route(e);
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
      if (e.subject() != null) {
        MatterRecord.note(e);
      }
      if (EventTypes.MATTER_OPENED.equals(e.type())
          || EventTypes.MATTER_RESOLVED.equals(e.type())) {
        openingsAndResolutions.add(e);
      }
      stored.add(new EventLog.Keyed(row.recordKey(), e));
      rows.add(row);
    }
    if (outbox) {
      // after the log rows they refer to, in one run, so they go out in JDBC batches
      rows.forEach(OutboxEntry::add);
    }
    List<MatterRouting.Retied> retied = new ArrayList<>();
    for (EngineEvent e : openingsAndResolutions) {
      MatterRecord matter = MatterRecord.findById(e.subject());
      retied.addAll(route.reconsider(matter, e.time()));
    }
    return new IngestResult(stored.size(), events.size() - stored.size(), stored, retied);
  }

  private String write(EngineEvent e) {
    try {
      return json.writeValueAsString(e.data());
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("parsed JSON always writes back", ex);
    }
  }

  static String key(EngineEvent e) {
    return e.source() + '\u0000' + e.id();
  }
}
