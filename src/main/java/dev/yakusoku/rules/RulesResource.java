package dev.yakusoku.rules;

import dev.yakusoku.calendar.BusinessCalendar;
import dev.yakusoku.rules.RuleSetVersions.Trigger;
import dev.yakusoku.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/** Contract section 5: the loaded rule set, and validation of DRL without loading it. */
@Path("/api/v1/rules")
@RolesAllowed(Roles.RULE_AUTHOR)
public class RulesResource {
  private final LiveRuleSet live;
  private final RuleSetVersions versions;
  private final BusinessCalendar calendar;
  private final Clock wallClock;

  public RulesResource(
      LiveRuleSet live, RuleSetVersions versions, BusinessCalendar calendar, Clock wallClock) {
    this.live = live;
    this.versions = versions;
    this.calendar = calendar;
    this.wallClock = wallClock;
  }

  @GET
  public RuleSetView loaded() {
    return live.current()
        .map(
            rs ->
                new RuleSetView(
                    rs.version(),
                    List.copyOf(rs.files().keySet()),
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        rs.loadedAt().atZone(calendar.zone())),
                    ruleNames(rs),
                    live.errors()))
        .orElseGet(() -> new RuleSetView(null, List.of(), null, List.of(), live.errors()));
  }

  @POST
  @Path("/reload")
  @Operation(
      summary =
          "Load the rules folder again: it goes live only if it compiles and passes its rule tests")
  public RuleSetLoad reload() {
    return live.load(Trigger.RELOAD, wallClock.instant());
  }

  @GET
  @Path("/versions")
  @Operation(summary = "Every rule set that went live, newest first")
  public List<RuleSetVersionView> versions() {
    return versions.list(liveVersion());
  }

  @GET
  @Path("/versions/{version}")
  @Operation(summary = "One rule set that went live, with its files")
  public RuleSetVersionView version(@PathParam("version") String version) {
    return versions
        .get(version, liveVersion())
        .orElseThrow(() -> new NotFoundException("no rule set " + version + " ever went live"));
  }

  private String liveVersion() {
    return live.current().map(RuleSet::version).orElse(null);
  }

  @POST
  @Path("/validate")
  public ValidationResult validate(@NotNull Map<String, String> files) {
    RuleSetCompilation compilation = live.compiler().compile(files, wallClock.instant());
    return new ValidationResult(
        compilation.succeeded(),
        compilation.ruleSet().map(RuleSet::version).orElse(null),
        compilation.errors());
  }

  private static List<String> ruleNames(RuleSet rs) {
    return rs.kieBase().getKiePackages().stream()
        .map(KiePackage::getRules)
        .flatMap(java.util.Collection::stream)
        .map(Rule::getName)
        .sorted()
        .toList();
  }
}
