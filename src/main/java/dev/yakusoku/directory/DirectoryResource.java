package dev.yakusoku.directory;

import static dev.yakusoku.problems.Bounds.ID;
import static dev.yakusoku.problems.Bounds.TOO_LONG;

import dev.yakusoku.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Contract section 3: teams and parties. */
@Path("/api/v1")
@RolesAllowed(Roles.ADMIN)
public class DirectoryResource {
  private final DirectoryService directory;

  public DirectoryResource(DirectoryService directory) {
    this.directory = directory;
  }

  @PUT
  @Path("/teams/{id}")
  public Response putTeam(
      @PathParam("id") @Size(max = ID, message = TOO_LONG) String id,
      @Valid @NotNull TeamBody body) {
    TeamBody team = body.withId(id);
    boolean created = directory.putTeam(team);
    return Response.status(created ? 201 : 200).entity(team).build();
  }

  @GET
  @Path("/teams")
  public List<TeamBody> teams() {
    return directory.teams();
  }

  @GET
  @Path("/teams/{id}")
  public TeamBody team(@PathParam("id") String id) {
    return directory.team(id).orElseThrow(() -> new NotFoundException("no team " + id));
  }

  @PUT
  @Path("/parties/{id}")
  public Response putParty(
      @PathParam("id") @Size(max = ID, message = TOO_LONG) String id,
      @Valid @NotNull PartyBody body) {
    PartyBody party = body.withId(id);
    boolean created = directory.putParty(party);
    return Response.status(created ? 201 : 200).entity(party).build();
  }

  @GET
  @Path("/parties/{id}")
  public PartyBody party(@PathParam("id") String id) {
    return directory.party(id).orElseThrow(() -> new NotFoundException("no party " + id));
  }

  @GET
  @Path("/parties")
  public List<PartyBody> parties(@QueryParam("q") String q) {
    return directory.searchParties(q);
  }
}
