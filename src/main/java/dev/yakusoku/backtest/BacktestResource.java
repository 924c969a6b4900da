package dev.yakusoku.backtest;

import dev.yakusoku.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Backtests of a draft rule set against the live one over stored history. */
@Path("/api/v1/rules/backtest")
@RolesAllowed(Roles.RULE_AUTHOR)
public class BacktestResource {
  private final Backtests backtests;

  public BacktestResource(Backtests backtests) {
    this.backtests = backtests;
  }

  @POST
  @Operation(
      summary =
          "Replay a range of stored history through a draft rule set and the live one, in the"
              + " background; 202 with where to follow it")
  public Response start(BacktestRequest request, @Context UriInfo uri) {
    BacktestJob.View job = backtests.start(request);
    return Response.accepted(job)
        .location(uri.getAbsolutePathBuilder().path(job.id()).build())
        .build();
  }

  @GET
  @Path("/{id}")
  @Operation(
      summary = "A backtest's progress (events replayed of the total) and, when done, the diff")
  public BacktestJob.View get(@PathParam("id") String id) {
    return backtests.get(id).orElseThrow(() -> new NotFoundException("no backtest " + id));
  }
}
