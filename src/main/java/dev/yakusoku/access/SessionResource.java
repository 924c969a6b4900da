package dev.yakusoku.access;

import dev.yakusoku.security.SignInCookie;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;

/**
 * {@code GET /api/v1/session}: who the caller is signed in as. Open to anyone, so the page can ask
 * before it signs in without the browser prompting for a password. {@code POST
 * /api/v1/session/sign-out} signs the page out.
 */
@Path("/api/v1/session")
@PermitAll
public class SessionResource {
  private final SessionService sessions;
  private final SecurityIdentity identity;
  private final SignInCookie cookie;

  public SessionResource(SessionService sessions, SecurityIdentity identity, SignInCookie cookie) {
    this.sessions = sessions;
    this.identity = identity;
    this.cookie = cookie;
  }

  @GET
  public SessionView session() {
    return sessions.of(identity);
  }

  /** Drops the page's sign-in cookie; 204 whether or not anyone was signed in. */
  @POST
  @Path("/sign-out")
  public void signOut(@Context RoutingContext context) {
    cookie.expire(context);
  }
}
