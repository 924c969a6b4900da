package dev.yakusoku.notifications;

import dev.yakusoku.access.ManagerScope;
import dev.yakusoku.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;

/** Contract section 7: an alert's notification log, to whoever may read the alert. */
@Path("/api/v1/alerts/{id}/notifications")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class AlertNotificationsResource {
  private final NotificationLog log;
  private final ManagerScope scopes;
  private final SecurityIdentity user;

  public AlertNotificationsResource(
      NotificationLog log, ManagerScope scopes, SecurityIdentity user) {
    this.log = log;
    this.scopes = scopes;
    this.user = user;
  }

  @GET
  public List<NotificationView> list(@PathParam("id") String id) {
    return log.of(id, scopes.of(user)).orElseThrow(() -> new NotFoundException("no alert " + id));
  }
}
