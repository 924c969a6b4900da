package dev.yakusoku.notifications;

import static dev.yakusoku.problems.Bounds.ID;
import static dev.yakusoku.problems.Bounds.TOO_LONG;

import dev.yakusoku.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Contract section 7: receivers, managed by an admin; secrets are never answered back. */
@Path("/api/v1/receivers")
@RolesAllowed(Roles.ADMIN)
public class ReceiversResource {
  private final ReceiverService receivers;

  public ReceiversResource(ReceiverService receivers) {
    this.receivers = receivers;
  }

  @PUT
  @Path("/{id}")
  public Response put(
      @PathParam("id") @Size(max = ID, message = TOO_LONG) String id,
      @Valid @NotNull ReceiverBody body) {
    ReceiverBody receiver = body.withId(id);
    boolean created = receivers.put(receiver);
    return Response.status(created ? 201 : 200).entity(receiver.answered()).build();
  }

  @GET
  public List<ReceiverBody> list() {
    return receivers.all().stream().map(ReceiverBody::answered).toList();
  }

  @GET
  @Path("/{id}")
  public ReceiverBody get(@PathParam("id") String id) {
    return receivers.get(id).map(ReceiverBody::answered).orElseThrow(() -> absent(id));
  }

  @DELETE
  @Path("/{id}")
  public Response delete(@PathParam("id") String id) {
    if (!receivers.delete(id)) {
      throw absent(id);
    }
    return Response.noContent().build();
  }

  private static NotFoundException absent(String id) {
    return new NotFoundException("no receiver " + id);
  }
}
