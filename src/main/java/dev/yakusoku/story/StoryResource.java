package dev.yakusoku.story;

import dev.yakusoku.access.ManagerScope;
import dev.yakusoku.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** An alert with its matter's story: what the manager reads before acting on it. */
@Path("/api/v1/alerts/{id}/story")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class StoryResource {
  private final StoryService stories;
  private final ManagerScope scopes;
  private final SecurityIdentity user;

  public StoryResource(StoryService stories, ManagerScope scopes, SecurityIdentity user) {
    this.stories = stories;
    this.scopes = scopes;
    this.user = user;
  }

  @GET
  public AlertStory story(@PathParam("id") String id) {
    return stories
        .of(id, scopes.of(user))
        .orElseThrow(() -> new NotFoundException("no alert " + id));
  }
}
