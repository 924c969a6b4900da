package dev.yakusoku.alerts;

import dev.yakusoku.problems.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** An act that kept losing to concurrent changes is a conflict the client may retry. */
public class AlertChangedConcurrentlyMapper {
  @ServerExceptionMapper
  public Response changed(AlertChangedConcurrentlyException e) {
    return Problem.of("alert-changed", "Alert changed concurrently", 409, e.getMessage())
        .toResponse();
  }
}
