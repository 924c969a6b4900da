package dev.yakusoku.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * {@code GET /api/v1/session}: who the caller is signed in as. Open to anyone, so the page can ask
 * before it signs in without the browser prompting for a password.
 */
@Path("/api/v1/session")
@PermitAll
public class SessionResource {
  private final SessionService sessions;
  private final SecurityIdentity identity;

  public SessionResource(SessionService sessions, SecurityIdentity identity) {
    this.sessions = sessions;
    this.identity = identity;
  }

  @GET
  public SessionView session() {
    return sessions.of(identity);
  }
}
