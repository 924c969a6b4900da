package dev.yakusoku.scenario;

import dev.yakusoku.directory.DirectoryEntry;
import dev.yakusoku.directory.DirectoryService;
import dev.yakusoku.directory.PartyBody;
import dev.yakusoku.directory.TeamBody;
import dev.yakusoku.engine.EngineContext;
import dev.yakusoku.events.AcceptedEvent;
import dev.yakusoku.ingest.EventParser;
import dev.yakusoku.problems.FieldProblem;
import dev.yakusoku.problems.InvalidInputException;
import dev.yakusoku.problems.Timestamps;
import dev.yakusoku.rules.LiveRuleSet;
import dev.yakusoku.rules.NoLiveRuleSetException;
import dev.yakusoku.rules.RuleCompilationException;
import dev.yakusoku.rules.RuleSet;
import dev.yakusoku.rules.RuleSetCompilation;
import dev.yakusoku.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Contract section 4: scenario runs through the live engine code, in isolation. */
@Path("/api/v1/scenarios")
@RolesAllowed(Roles.RULE_AUTHOR)
public class ScenariosResource {
  private final EventParser parser;
  private final LiveRuleSet live;
  private final DirectoryService directory;
  private final ScenarioRunner runner;
  private final Clock wallClock;
  private final Validator validator;

  public ScenariosResource(
      EventParser parser,
      LiveRuleSet live,
      DirectoryService directory,
      EngineContext context,
      Clock wallClock,
      Validator validator) {
    this.validator = validator;
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
    checkDirectory(request, problems);
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
    List<AcceptedEvent> events =
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
      return live.current().orElseThrow(NoLiveRuleSetException::new);
    }
    RuleSetCompilation compilation = live.compiler().compile(request.rules(), wallClock.instant());
    return compilation
        .ruleSet()
        .orElseThrow(() -> new RuleCompilationException(compilation.errors()));
  }

  /** The directory a scenario brings: section 3's bodies, each with its id, within bounds. */
  private void checkDirectory(ScenarioRequest request, List<FieldProblem> problems) {
    checkEach("parties", request.parties(), PartyBody::id, problems);
    checkEach("teams", request.teams(), TeamBody::id, problems);
  }

  private <T> void checkEach(
      String field, List<T> bodies, Function<T, String> id, List<FieldProblem> problems) {
    if (bodies == null) {
      return;
    }
    for (int i = 0; i < bodies.size(); i++) {
      T body = bodies.get(i);
      String at = field + "[" + i + "]";
      if (body == null || id.apply(body) == null || id.apply(body).isBlank()) {
        problems.add(FieldProblem.of(at + ".id", "is required"));
      }
      if (body != null) {
        validator.validate(body).stream()
            .map(v -> FieldProblem.of(at + "." + v.getPropertyPath(), v.getMessage()))
            .sorted(Comparator.comparing(FieldProblem::field))
            .forEach(problems::add);
      }
    }
  }
}
