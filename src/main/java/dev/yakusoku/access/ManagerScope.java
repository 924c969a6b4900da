package dev.yakusoku.access;

import dev.yakusoku.directory.TeamRecord;
import dev.yakusoku.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The teams a manager answers for: those whose {@code manager} is the user's staff id, and every
 * team under them.
 */
@ApplicationScoped
public class ManagerScope {

  /** What {@code user} may see of the alerts: everything for an admin, else their teams'. */
  public AlertScope of(SecurityIdentity user) {
    if (user.hasRole(Roles.ADMIN)) {
      return AlertScope.everything();
    }
    return AlertScope.teams(teamsOf(user.getPrincipal().getName()));
  }

  /** The teams {@code staffId} manages, with their sub-teams at any depth. */
  @Transactional
  public Set<String> teamsOf(String staffId) {
    Set<String> scope = new LinkedHashSet<>();
    TeamRecord.<TeamRecord>list("manager", staffId).forEach(t -> scope.add(t.id));
    Deque<String> unvisited = new ArrayDeque<>(scope);
    while (!unvisited.isEmpty()) {
      for (String child : subTeamsOf(unvisited.pop())) {
        if (scope.add(child)) {
          unvisited.push(child);
        }
      }
    }
    return scope;
  }

  /** The teams that name {@code teamId} as their parent. */
  List<String> subTeamsOf(String teamId) {
    return TeamRecord.<TeamRecord>list("parent", teamId).stream().map(t -> t.id).toList();
  }
}
