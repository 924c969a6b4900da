package dev.yakusoku.ingest;

import dev.yakusoku.engine.EngineEvent;
import java.util.List;

/** The events of one request newly stored in the log, in the order they were stored. */
public record EventsAccepted(List<EngineEvent> events) {}
