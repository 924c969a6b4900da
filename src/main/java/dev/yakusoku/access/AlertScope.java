package dev.yakusoku.access;

import java.util.Set;

/** Which teams' alerts a user may see: every team's, or those of a set of teams. */
public record AlertScope(boolean everyTeam, Set<String> teams) {
  public static AlertScope everything() {
    return new AlertScope(true, Set.of());
  }

  public static AlertScope teams(Set<String> teams) {
    return new AlertScope(false, Set.copyOf(teams));
  }

  /** An alert with no team (one no one could route) is seen only by a user who sees every team. */
  public boolean covers(String team) {
    return everyTeam || (team != null && teams.contains(team));
  }
}
