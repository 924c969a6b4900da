package dev.yakusoku.alerts;

import dev.yakusoku.access.AlertScope;
import dev.yakusoku.access.ManagerScope;
import dev.yakusoku.problems.FieldProblem;
import dev.yakusoku.problems.InvalidInputException;
import dev.yakusoku.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;

/**
 * Contract section 2: the alert feed. Managers see and act on their teams' alerts only; another
 * team's alert answers 404, as an unknown id does. Admins read every alert.
 */
@Path("/api/v1/alerts")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class AlertsResource {
  static final int DEFAULT_LIMIT = 500;
  static final int MAX_LIMIT = 5000;

  private final AlertService alerts;
  private final AlertFeed feed;
  private final ManagerScope scopes;
  private final SecurityIdentity user;

  public AlertsResource(
      AlertService alerts, AlertFeed feed, ManagerScope scopes, SecurityIdentity user) {
    this.alerts = alerts;
    this.feed = feed;
    this.scopes = scopes;
    this.user = user;
  }

  @GET
  public List<AlertView> list(
      @QueryParam("state") String state,
      @QueryParam("team") String team,
      @QueryParam("manager") String manager,
      @QueryParam("matter") String matter,
      @QueryParam("type") String type,
      @QueryParam("limit") String limit) {
    return alerts.search(scopes.of(user), state, team, manager, matter, type, limitOf(limit));
  }

  @GET
  @Path("/stream")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  public void stream(@Context SseEventSink sink, @Context Sse sse) {
    feed.subscribe(sse, sink, scopes.of(user));
  }

  @GET
  @Path("/{id}")
  public AlertView get(@PathParam("id") String id) {
    return alerts.get(id, scopes.of(user)).orElseThrow(() -> notFound(id));
  }

  @POST
  @Path("/{id}/acknowledge")
  @RolesAllowed(Roles.MANAGER)
  public AlertView acknowledge(@PathParam("id") String id, @Valid @NotNull AlertAction action) {
    actingAsThemselves(action);
    inScope(id);
    return alerts.acknowledge(id, action).orElseThrow(() -> notFound(id));
  }

  @POST
  @Path("/{id}/resolve")
  @RolesAllowed(Roles.MANAGER)
  public AlertView resolve(@PathParam("id") String id, @Valid @NotNull AlertAction action) {
    actingAsThemselves(action);
    inScope(id);
    return alerts.resolve(id, action).orElseThrow(() -> notFound(id));
  }

  private void inScope(String id) {
    AlertScope scope = scopes.of(user);
    alerts.get(id, scope).orElseThrow(() -> notFound(id));
  }

  /** A manager acts under their own staff id; only an admin may record another's act. */
  private void actingAsThemselves(AlertAction action) {
    actingAsThemselves(action.by());
  }

  private void actingAsThemselves(String by) {
    if (!user.hasRole(Roles.ADMIN) && !by.equals(user.getPrincipal().getName())) {
      throw new ForbiddenException("signed in as " + user.getPrincipal().getName() + ", not " + by);
    }
  }

  /** Quiet until {@code until}; a resolved alert cannot be snoozed (409). */
  @POST
  @Path("/{id}/snooze")
  @RolesAllowed(Roles.MANAGER)
  public AlertView snooze(@PathParam("id") String id, @Valid @NotNull SnoozeRequest request) {
    actingAsThemselves(request.by());
    inScope(id);
    return alerts
        .snooze(id, request.by(), request.untilInstant(), request.note())
        .orElseThrow(() -> notFound(id));
  }

  /** {@code limit}: 500 unless given, at least 1, at most 5,000. */
  private static int limitOf(String limit) {
    if (limit == null || limit.isBlank()) {
      return DEFAULT_LIMIT;
    }
    try {
      return Math.max(1, Math.min(Integer.parseInt(limit.strip()), MAX_LIMIT));
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          "the query breaks the contract",
          List.of(FieldProblem.of("limit", "must be a whole number, at most " + MAX_LIMIT)));
    }
  }

  private static NotFoundException notFound(String id) {
    return new NotFoundException("no alert " + id);
  }
}
