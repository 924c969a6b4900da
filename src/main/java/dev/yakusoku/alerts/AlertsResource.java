package dev.yakusoku.alerts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
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

/** Contract section 2: the alert feed. */
@Path("/api/v1/alerts")
public class AlertsResource {
  private final AlertService alerts;
  private final AlertFeed feed;

  public AlertsResource(AlertService alerts, AlertFeed feed) {
    this.alerts = alerts;
    this.feed = feed;
  }

  @GET
  public List<AlertView> list(
      @QueryParam("state") String state,
      @QueryParam("team") String team,
      @QueryParam("manager") String manager,
      @QueryParam("matter") String matter,
      @QueryParam("type") String type,
      @QueryParam("limit") @DefaultValue("500") int limit) {
    return alerts.search(state, team, manager, matter, type, Math.max(1, Math.min(limit, 5000)));
  }

  @GET
  @Path("/stream")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  public void stream(@Context SseEventSink sink, @Context Sse sse) {
    feed.subscribe(sse, sink);
  }

  @GET
  @Path("/{id}")
  public AlertView get(@PathParam("id") String id) {
    return alerts.get(id).orElseThrow(() -> notFound(id));
  }

  @POST
  @Path("/{id}/acknowledge")
  public AlertView acknowledge(@PathParam("id") String id, @Valid @NotNull AlertAction action) {
    AlertView alert = alerts.acknowledge(id, action).orElseThrow(() -> notFound(id));
    feed.publish(alert);
    return alert;
  }

  @POST
  @Path("/{id}/resolve")
  public AlertView resolve(@PathParam("id") String id, @Valid @NotNull AlertAction action) {
    AlertView alert = alerts.resolve(id, action).orElseThrow(() -> notFound(id));
    feed.publish(alert);
    return alert;
  }

  /** Quiet until {@code until}; a resolved alert cannot be snoozed (409). */
  @POST
  @Path("/{id}/snooze")
  public AlertView snooze(@PathParam("id") String id, @Valid @NotNull SnoozeRequest request) {
    AlertView alert =
        alerts
            .snooze(id, request.by(), request.untilInstant(), request.note())
            .orElseThrow(() -> notFound(id));
    feed.publish(alert);
    return alert;
  }

  private static NotFoundException notFound(String id) {
    return new NotFoundException("no alert " + id);
  }
}
