package dev.yakusoku.events;

/**
 * A stored event with its record key: the matter ingestion filed it under, or, for an event of no
 * matter, its source. The key decides the partition, and so the engine, that judges it.
 */
public record KeyedEvent(String key, AcceptedEvent event) {}
