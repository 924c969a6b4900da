package dev.yakusoku.problems;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem body. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type, String title, int status, String detail, List<? extends Object> errors) {
  public static final String MEDIA_TYPE = "application/problem+json";

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(this).build();
  }

  public static Problem of(String slug, String title, int status, String detail) {
    return new Problem("/problems/" + slug, title, status, detail, List.of());
  }
}
