package dev.yakusoku.alerts;

import java.util.Optional;

/** The directory as the escalation ladder reads it: the rung above a team. */
public interface TeamLadder {
  /** The parent of {@code team} and its manager; empty at the top of the ladder. */
  Optional<Rung> above(String team);

  record Rung(String team, String manager) {}
}
