package dev.yakusoku.rules;

import dev.yakusoku.problems.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Without a live rule set, what needs one is unavailable until the rules folder compiles. */
public class NoLiveRuleSetMapper {
  @ServerExceptionMapper
  public Response noRuleSet(NoLiveRuleSetException e) {
    return Problem.of("no-rule-set", "No rule set is live", 503, e.getMessage()).toResponse();
  }
}
