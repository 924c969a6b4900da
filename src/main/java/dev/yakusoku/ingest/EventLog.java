package dev.yakusoku.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yakusoku.engine.EngineEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

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

  private EngineEvent toEvent(StoredEvent e) {
    try {
      return new EngineEvent(e.source, e.eventId, e.type, e.subject, e.time, json.readTree(e.data));
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("stored event " + e.seq + " has unreadable data", ex);
    }
  }
}
