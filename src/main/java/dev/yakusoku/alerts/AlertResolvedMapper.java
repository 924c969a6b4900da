package dev.yakusoku.alerts;

import dev.yakusoku.problems.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Acting on a resolved alert as if it were still open is a conflict with its state. */
public class AlertResolvedMapper {
  @ServerExceptionMapper
  public Response resolved(AlertResolvedException e) {
    return Problem.of("alert-resolved", "Alert resolved", 409, e.getMessage()).toResponse();
  }
}
