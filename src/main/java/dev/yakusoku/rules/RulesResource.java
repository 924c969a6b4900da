package dev.yakusoku.rules;

import dev.yakusoku.calendar.BusinessCalendar;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/** Contract section 5: the loaded rule set, and validation of DRL without loading it. */
@Path("/api/v1/rules")
public class RulesResource {
  private final LiveRuleSet live;
  private final BusinessCalendar calendar;
  private final Clock wallClock;

  public RulesResource(LiveRuleSet live, BusinessCalendar calendar, Clock wallClock) {
    this.live = live;
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
