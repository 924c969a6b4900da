package dev.yakusoku.rules;

import dev.yakusoku.problems.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Rules that do not compile are bad input: each error with its file, line and column. */
public class RuleCompilationMapper {
  @ServerExceptionMapper
  public Response ruleErrors(RuleCompilationException e) {
    return new Problem(
            "/problems/rule-errors", "Rules do not compile", 400, e.getMessage(), e.errors())
        .toResponse();
  }
}
