package dev.yakusoku.ingest;

import dev.yakusoku.engine.LiveEngines;
import dev.yakusoku.events.KeyedEvent;
import dev.yakusoku.problems.Problem;
import dev.yakusoku.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The quarantine, for admins: events no engine could judge, with why, and a retry once the cause is
 * fixed (a rule corrected, say), which judges the event's matter again with the event in it.
 */
@Path("/api/v1/quarantine")
@RolesAllowed(Roles.ADMIN)
public class QuarantineResource {
  private final EventQuarantine quarantine;
  private final EventLog log;
  private final LiveEngines engine;

  public QuarantineResource(EventQuarantine quarantine, EventLog log, LiveEngines engine) {
    this.quarantine = quarantine;
    this.log = log;
    this.engine = engine;
  }

  /** What a retry did. */
  public record Retried(long seq, String ref, boolean judged) {}

  @GET
  @Operation(summary = "Events no engine could judge, oldest first, with where and why it failed")
  public List<QuarantineView> list() {
    return quarantine.list();
  }

  @GET
  @Path("/{seq}")
  public QuarantineView get(@PathParam("seq") long seq) {
    return quarantine.get(seq).orElseThrow(() -> notQuarantined(seq));
  }

  @POST
  @Path("/{seq}/retry")
  @Operation(
      summary =
          "Judge a quarantined event again (its matter is judged again with it): 200 once judged, "
              + "409 with the error if it still cannot be")
  public Response retry(@PathParam("seq") long seq) {
    KeyedEvent stored = quarantine.startRetry(seq, log).orElseThrow(() -> notQuarantined(seq));
    boolean judged = engine.retry(stored);
    if (quarantine.endRetry(seq, judged)) {
      return Response.ok(new Retried(seq, stored.event().ref(), true)).build();
    }
    String why =
        judged
            ? "it was judged, but left the quarantine only now"
            : quarantine
                .get(seq)
                .map(q -> q.stage() + " failed again: " + q.error())
                .orElse("no engine here judges its partition; retry on the replica that does");
    return Problem.of("still-quarantined", "Still cannot be judged", 409, why).toResponse();
  }

  private static NotFoundException notQuarantined(long seq) {
    return new NotFoundException("no quarantined event " + seq);
  }
}
