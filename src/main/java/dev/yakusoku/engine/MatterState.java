package dev.yakusoku.engine;

import dev.yakusoku.facts.Matter;
import java.time.Instant;
import java.util.List;

/**
 * What an engine holds of one matter: its facts, the matter itself while open, the latest event
 * time applied and the latest clock time a clock-driven rule judged it. Handed from the engine that
 * judged the matter's events in time order to the live engine that serves it.
 */
public record MatterState(
    String matterId,
    List<Object> facts,
    Matter matter,
    Instant latestEventTime,
    Instant judgedThrough) {}
