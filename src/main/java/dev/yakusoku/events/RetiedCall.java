package dev.yakusoku.events;

/** A call whose matter changed (its record key now says which), and the matter it had. */
public record RetiedCall(KeyedEvent call, String previousMatter) {}
