package dev.yakusoku.directory;

/** What an inbound contact says about who called and whom they asked for; any may be null. */
public record CallerClues(String from, String callerPhone, String callerName, String askedFor) {}
