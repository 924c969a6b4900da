package dev.yakusoku.story;

/** How a story names a team of the directory, and who manages it. */
public record TeamName(String name, String manager) {}
