package dev.yakusoku.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yakusoku.engine.EngineEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Reads the stored event log back as engine events. */
@ApplicationScoped
public class EventLog {
  private final ObjectMapper json;

  public EventLog(ObjectMapper json) {
    this.json = json;
  }

  /** The events a restart replays: open matters' and matterless ones, in acceptance order. */
  @Transactional
  public List<EngineEvent> forReplay() {
    return StoredEvent.streamForReplay().map(this::toEvent).toList();
  }

  /**
   * A matter's story as stored: the events filed under it and the cited events (as {@code
   * <source>/<id>}) that were tied to it without a subject, in acceptance order.
   */
  @Transactional
  public List<EngineEvent> ofMatter(String matterId, Collection<String> citedRefs) {
    Stream<EngineEvent> filed =
        matterId == null
            ? Stream.empty()
            : StoredEvent.ofMatter(matterId).stream().map(this::toEvent);
    Set<String> wanted = Set.copyOf(citedRefs);
    Stream<EngineEvent> cited =
        StoredEvent.withEventIds(citedRefs.stream().map(EventLog::idOf).toList()).stream()
            .filter(e -> e.subject == null)
            .map(this::toEvent)
            .filter(e -> wanted.contains(e.ref()));
    return Stream.concat(filed, cited).toList();
  }

  /** The CloudEvents id of a ref: what follows its source's last slash. */
  private static String idOf(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  private EngineEvent toEvent(StoredEvent e) {
    try {
      return new EngineEvent(e.source, e.eventId, e.type, e.subject, e.time, json.readTree(e.data));
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("stored event " + e.seq + " has unreadable data", ex);
    }
  }
}
