package dev.yakusoku.alerts;

import dev.yakusoku.directory.TeamRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The escalation ladder read from the stored teams' {@code parent}. */
@ApplicationScoped
public class DirectoryLadder implements TeamLadder {
  @Override
  @Transactional
  public Optional<Rung> above(String team) {
    return Optional.ofNullable(team)
        .flatMap(id -> TeamRecord.<TeamRecord>findByIdOptional(id))
        .map(t -> t.parent)
        .flatMap(parent -> TeamRecord.<TeamRecord>findByIdOptional(parent))
        .map(p -> new Rung(p.id, p.manager));
  }
}
