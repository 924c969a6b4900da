package dev.yakusoku.events;

import java.util.List;

/**
 * The events of one commit newly stored in the log, in the order they were stored, each with its
 * record key (the matter ingestion filed it under, or its source): one piece of knowledge, as all
 * of it became known at once; and the calls stored before whose matter their arrival changed.
 */
public record EventsAccepted(List<KeyedEvent> events, List<RetiedCall> retied) {}
