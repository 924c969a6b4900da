package dev.yakusoku.notifications;

import dev.yakusoku.problems.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Changing a receiver the configuration keeps conflicts with where it is kept. */
public class ConfiguredReceiverMapper {
  @ServerExceptionMapper
  public Response configured(ConfiguredReceiverException e) {
    return Problem.of("receiver-configured", "Receiver kept in configuration", 409, e.getMessage())
        .toResponse();
  }
}
