package dev.yakusoku.scenario;

import dev.yakusoku.directory.DirectoryEntry;
import dev.yakusoku.directory.DirectoryService;
import dev.yakusoku.directory.PartyBody;
import dev.yakusoku.directory.TeamBody;
import dev.yakusoku.engine.EngineContext;
import dev.yakusoku.engine.EngineEvent;
import dev.yakusoku.ingest.EventParser;
import dev.yakusoku.problems.FieldProblem;
import dev.yakusoku.problems.InvalidInputException;
import dev.yakusoku.problems.Timestamps;
import dev.yakusoku.rules.LiveRuleSet;
import dev.yakusoku.rules.RuleCompilationException;
import dev.yakusoku.rules.RuleSet;
import dev.yakusoku.rules.RuleSetCompilation;
import dev.yakusoku.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ServiceUnavailableException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Contract section 4: scenario runs through the live engine code, in isolation. */
@Path("/api/v1/scenarios")
@RolesAllowed(Roles.RULE_AUTHOR)
public class ScenariosResource {
  private final EventParser parser;
  private final LiveRuleSet live;
  private final DirectoryService directory;
  private final ScenarioRunner runner;
  private final Clock wallClock;

  public ScenariosResource(
      EventParser parser,
      LiveRuleSet live,
      DirectoryService directory,
      EngineContext context,
      Clock wallClock) {
    this.parser = parser;
    this.live = live;
    this.directory = directory;
    this.runner = new ScenarioRunner(context);
    this.wallClock = wallClock;
  }

  @POST
  @Path("/run")
  public ScenarioResult run(@NotNull ScenarioRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    Instant until = Timestamps.instant("until", request.until(), problems);
    checkIds(request, problems);
    if (request.events() == null || !request.events().isArray()) {
      problems.add(FieldProblem.of("events", "is required: an array of events"));
    }
    if (until == null
        && request.until() == null
        && request.events() != null
        && request.events().isArray()
        && request.events().isEmpty()) {
      problems.add(FieldProblem.of("until", "is required when there are no events"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("the scenario breaks the contract", problems);
    }
    List<EngineEvent> events =
        request.events().isEmpty()
            ? List.of()
            : parser.parse(request.events(), EventParser.Shape.BATCH, false);
    RuleSet ruleSet = ruleSet(request);
    List<TeamBody> teams = request.teams() != null ? request.teams() : directory.teams();
    List<DirectoryEntry> parties =
        request.parties() != null
            ? request.parties().stream().map(PartyBody::toEntry).toList()
            : directory.entries();
    return new ScenarioResult(
        runner.run(ruleSet, teams, parties, events, until), ruleSet.version(), List.of());
  }

  private RuleSet ruleSet(ScenarioRequest request) {
    if (request.rules() == null || request.rules().isEmpty()) {
      return live.current()
          .orElseThrow(() -> new ServiceUnavailableException("no rule set is loaded"));
    }
    RuleSetCompilation compilation = live.compiler().compile(request.rules(), wallClock.instant());
    return compilation
        .ruleSet()
        .orElseThrow(() -> new RuleCompilationException(compilation.errors()));
  }

  private static void checkIds(ScenarioRequest request, List<FieldProblem> problems) {
    if (request.parties() != null) {
      for (int i = 0; i < request.parties().size(); i++) {
        PartyBody p = request.parties().get(i);
        if (p == null || p.id() == null || p.id().isBlank()) {
          problems.add(FieldProblem.of("parties[" + i + "].id", "is required"));
        } else if (p.kind() == null || !p.kind().matches("staff|client|end-user")) {
          problems.add(
              FieldProblem.of("parties[" + i + "].kind", "must be staff, client or end-user"));
        }
      }
    }
    if (request.teams() != null) {
      for (int i = 0; i < request.teams().size(); i++) {
        TeamBody t = request.teams().get(i);
        if (t == null || t.id() == null || t.id().isBlank()) {
          problems.add(FieldProblem.of("teams[" + i + "].id", "is required"));
        }
      }
    }
  }
}
