package dev.yakusoku.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yakusoku.engine.EngineBacklog;
import dev.yakusoku.events.AcceptedEvent;
import dev.yakusoku.problems.InvalidInputException;
import dev.yakusoku.problems.Problem;
import dev.yakusoku.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Contract section 1: events in, as CloudEvents in structured mode (one, or a batch), or one in the
 * HTTP binding's binary mode: {@code ce-*} headers and the data as a JSON body.
 */
@Path("/api/v1/events")
@RolesAllowed(Roles.INGEST)
public class EventsResource {
  static final String CLOUDEVENT = "application/cloudevents+json";
  static final String CLOUDEVENT_BATCH = "application/cloudevents-batch+json";

  private final EventParser parser;
  private final IngestService ingest;
  private final EngineBacklog backlog;
  private final ObjectMapper json;

  public EventsResource(
      EventParser parser, IngestService ingest, EngineBacklog backlog, ObjectMapper json) {
    this.parser = parser;
    this.json = json;
    this.ingest = ingest;
    this.backlog = backlog;
  }

  @POST
  @Consumes({MediaType.APPLICATION_JSON, CLOUDEVENT, CLOUDEVENT_BATCH})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Accept one event or a batch of up to 1,000, stored before the answer")
  public Response post(String body, HttpHeaders headers) {
    MediaType type = headers.getMediaType();
    List<AcceptedEvent> parsed;
    if (!isType(type, CLOUDEVENT)
        && !isType(type, CLOUDEVENT_BATCH)
        && BinaryCloudEvent.is(headers.getRequestHeaders())) {
      parsed = binary(body, headers, type);
    } else if (isType(type, CLOUDEVENT)) {
      parsed = parser.parseArriving(body, EventParser.Shape.ONE, true);
    } else if (isType(type, CLOUDEVENT_BATCH)) {
      parsed = parser.parseArriving(body, EventParser.Shape.BATCH, true);
    } else {
      parsed = parser.parseArriving(body, EventParser.Shape.EITHER, false);
    }
    if (!backlog.admits()) {
      return Response.fromResponse(
              Problem.of(
                      "engine-busy",
                      "The engine is catching up",
                      503,
                      "too many events are waiting to be judged; nothing was stored, retry shortly")
                  .toResponse())
          .header(HttpHeaders.RETRY_AFTER, "1")
          .build();
    }
    // stored and on disk, and the live engines have heard of the events
    IngestResult result = ingest.store(parsed);
    return Response.accepted(result).build();
  }

  /** The CloudEvents HTTP binding's binary content mode: attributes in headers, data the body. */
  private List<AcceptedEvent> binary(String body, HttpHeaders headers, MediaType type) {
    try {
      return parser.parseArriving(
          BinaryCloudEvent.structured(
              json, headers.getRequestHeaders(), type.getType() + "/" + type.getSubtype(), body),
          EventParser.Shape.ONE,
          true);
    } catch (InvalidInputException e) {
      throw BinaryCloudEvent.named(e);
    }
  }

  private static boolean isType(MediaType type, String expected) {
    return type != null && (type.getType() + "/" + type.getSubtype()).equalsIgnoreCase(expected);
  }
}
