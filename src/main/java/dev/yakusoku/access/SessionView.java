package dev.yakusoku.access;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Who is signed in, with their roles and the teams whose alerts they see; {@code user} is null for
 * an anonymous caller.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionView(String user, String name, List<String> roles, List<ScopedTeam> teams) {
  public static SessionView anonymous() {
    return new SessionView(null, null, List.of(), List.of());
  }

  /** A team in the user's scope, named, with its manager's name. */
  public record ScopedTeam(String id, String name, String manager, String managerName) {}
}
