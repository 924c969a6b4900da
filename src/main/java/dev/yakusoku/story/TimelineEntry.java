package dev.yakusoku.story;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One event of a matter's story: when, what kind, by which channel, from whom to whom, what it
 * says, a sentence a manager reads, and for a call logged without a matter how it was tied to this
 * one. {@code evidence} marks the events the alert cites.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineEntry(
    String time,
    String ref,
    String type,
    String channel,
    String direction,
    String from,
    String to,
    String callerName,
    String callerPhone,
    String askedFor,
    String outcome,
    String says,
    String headline,
    String tiedBy,
    boolean evidence) {}
