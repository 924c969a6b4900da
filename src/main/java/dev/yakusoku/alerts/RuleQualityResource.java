package dev.yakusoku.alerts;

import dev.yakusoku.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Which rules managers find useful: alert quality per rule, the noisiest first. */
@Path("/api/v1/rules/quality")
@RolesAllowed(Roles.RULE_AUTHOR)
public class RuleQualityResource {
  private final RuleQuality quality;

  public RuleQualityResource(RuleQuality quality) {
    this.quality = quality;
  }

  @GET
  @Operation(
      summary = "Alert quality per rule and type, over alerts first raised in [from, to) of a team")
  public List<RuleQualityView> perRule(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("team") String team) {
    return quality.of(RuleQualityFilter.parse(from, to, team));
  }
}
