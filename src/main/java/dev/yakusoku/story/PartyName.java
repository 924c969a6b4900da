package dev.yakusoku.story;

import com.fasterxml.jackson.annotation.JsonInclude;

/** How a story names a party of the directory. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartyName(String name, String kind, String organization) {}
