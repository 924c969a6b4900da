package dev.yakusoku.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yakusoku.engine.EngineEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Stores accepted events, once per ({@code source}, {@code id}), before anyone hears of them. */
@ApplicationScoped
public class IngestService {
  private final ObjectMapper json;
  private final Clock wallClock;
  private final Counter accepted;
  private final Counter duplicates;

  public IngestService(ObjectMapper json, Clock wallClock, MeterRegistry metrics) {
    this.json = json;
    this.wallClock = wallClock;
    this.accepted = metrics.counter("yakusoku.events.accepted");
    this.duplicates = metrics.counter("yakusoku.events.duplicates");
  }

  /**
   * Stores the new events of one request in {@code time} order (ties in the order given) and
   * answers them in that order; synchronized so two requests never race on one idempotency key.
   */
  @Transactional
  public synchronized IngestResult store(List<EngineEvent> events) {
    List<EngineEvent> ordered = new ArrayList<>(events);
    ordered.sort(Comparator.comparing(EngineEvent::time));
    Set<String> seen = new HashSet<>();
    StoredEvent.storedKeysAmong(ordered.stream().map(EngineEvent::id).distinct().toList())
        .forEach(row -> seen.add(row[0] + "\u0000" + row[1]));
    Instant now = wallClock.instant();
    List<EngineEvent> stored = new ArrayList<>();
    for (EngineEvent e : ordered) {
      if (!seen.add(key(e))) {
        continue;
      }
      StoredEvent row = new StoredEvent();
      row.source = e.source();
      row.eventId = e.id();
      row.type = e.type();
      row.subject = e.subject();
      row.time = e.time();
      row.receivedAt = now;
      row.data = write(e);
      row.persist();
      if (e.subject() != null) {
        MatterRecord.note(e.subject(), e.type(), e.time());
      }
      stored.add(e);
    }
    accepted.increment(stored.size());
    duplicates.increment(events.size() - stored.size());
    return new IngestResult(stored.size(), events.size() - stored.size(), stored);
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
