package dev.yakusoku.backtest;

import dev.yakusoku.problems.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A second backtest while one runs conflicts with the one running. */
public class BacktestRunningMapper {
  @ServerExceptionMapper
  public Response running(BacktestRunningException e) {
    return Problem.of("backtest-running", "A backtest is running", 409, e.getMessage())
        .toResponse();
  }
}
