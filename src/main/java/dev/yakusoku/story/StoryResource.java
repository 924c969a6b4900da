package dev.yakusoku.story;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** An alert with its matter's story: what the manager reads before acting on it. */
@Path("/api/v1/alerts/{id}/story")
public class StoryResource {
  private final StoryService stories;

  public StoryResource(StoryService stories) {
    this.stories = stories;
  }

  @GET
  public AlertStory story(@PathParam("id") String id) {
    return stories.of(id).orElseThrow(() -> new NotFoundException("no alert " + id));
  }
}
