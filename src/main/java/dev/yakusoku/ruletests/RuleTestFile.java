package dev.yakusoku.ruletests;

import dev.yakusoku.directory.PartyBody;
import dev.yakusoku.directory.TeamBody;
import java.util.List;

/**
 * A rule test file ({@code rules/tests/*.yaml}): the directory its cases run against (inline, or
 * {@code directory:} naming a shared file under {@code rules/tests/fixtures/}) and its cases.
 */
public record RuleTestFile(
    String description,
    String directory,
    List<TeamBody> teams,
    List<PartyBody> parties,
    List<RuleTestCase> cases) {

  public RuleTestFile {
    teams = teams == null ? List.of() : List.copyOf(teams);
    parties = parties == null ? List.of() : List.copyOf(parties);
    cases = cases == null ? List.of() : List.copyOf(cases);
  }

  /** The directory part of a shared fixture file. */
  public record Directory(List<TeamBody> teams, List<PartyBody> parties) {}
}
