package dev.yakusoku.access;

import dev.yakusoku.directory.PartyRecord;
import dev.yakusoku.directory.TeamRecord;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Describes the signed-in user: what the page needs to show their feed. */
@ApplicationScoped
public class SessionService {
  private final ManagerScope scopes;

  public SessionService(ManagerScope scopes) {
    this.scopes = scopes;
  }

  @Transactional
  public SessionView of(SecurityIdentity user) {
    if (user.isAnonymous()) {
      return SessionView.anonymous();
    }
    String id = user.getPrincipal().getName();
    AlertScope scope = scopes.of(user);
    List<SessionView.ScopedTeam> teams =
        TeamRecord.<TeamRecord>listAll().stream()
            .filter(t -> scope.covers(t.id))
            .sorted(Comparator.comparing(t -> t.id))
            .map(t -> new SessionView.ScopedTeam(t.id, t.name, t.manager, nameOf(t.manager)))
            .toList();
    return new SessionView(id, nameOf(id), user.getRoles().stream().sorted().toList(), teams);
  }

  private static String nameOf(String partyId) {
    return Optional.ofNullable(partyId)
        .flatMap(id -> PartyRecord.<PartyRecord>findByIdOptional(id))
        .map(p -> p.name)
        .orElse(partyId);
  }
}
