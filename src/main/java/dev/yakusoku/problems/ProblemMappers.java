package dev.yakusoku.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** One narrow mapper per exception type, each answering RFC 9457 problem JSON. */
public class ProblemMappers {

  @ServerExceptionMapper
  public Response invalidInput(InvalidInputException e) {
    return new Problem(
            "/problems/invalid-input", "Invalid input", 400, e.getMessage(), e.problems())
        .toResponse();
  }

  @ServerExceptionMapper
  public Response tooLarge(PayloadTooLargeException e) {
    return Problem.of("payload-too-large", "Payload too large", 413, e.getMessage()).toResponse();
  }

  @ServerExceptionMapper
  public Response constraintViolation(ConstraintViolationException e) {
    List<FieldProblem> problems =
        e.getConstraintViolations().stream()
            .map(v -> FieldProblem.of(fieldOf(v.getPropertyPath().toString()), v.getMessage()))
            .sorted(java.util.Comparator.comparing(FieldProblem::field))
            .toList();
    return new Problem(
            "/problems/invalid-input",
            "Invalid input",
            400,
            "the body breaks the contract",
            problems)
        .toResponse();
  }

  @ServerExceptionMapper
  public Response unreadableJson(JsonProcessingException e) {
    String field =
        e instanceof JsonMappingException m && !m.getPath().isEmpty()
            ? m.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."))
            : "body";
    return new Problem(
            "/problems/invalid-input",
            "Invalid input",
            400,
            "the body is not the JSON this endpoint reads",
            List.of(FieldProblem.of(field, e.getOriginalMessage())))
        .toResponse();
  }

  /** Wins over the built-in mapper of Quarkus REST, which answers no problem body. */
  @ServerExceptionMapper
  public Response mismatchedJson(MismatchedInputException e) {
    return unreadableJson(e);
  }

  /**
   * Quarkus REST answers a body that is not JSON at all with a bare 400 wrapping the parser's
   * exception; answered as problem JSON like every other bad body. Any other web exception without
   * a body of its own (a 405, a 406, ...) is answered as problem JSON of its status.
   */
  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e) {
    if (e.getCause() instanceof JsonProcessingException json) {
      return unreadableJson(json);
    }
    Response answer = e.getResponse();
    if (answer.hasEntity()) {
      return answer;
    }
    int status = answer.getStatus();
    String title =
        Optional.ofNullable(answer.getStatusInfo().getReasonPhrase()).orElse("HTTP " + status);
    Problem problem =
        Problem.of(title.toLowerCase(Locale.ROOT).replace(' ', '-'), title, status, e.getMessage());
    // headers such as a 405's Allow stay
    return Response.fromResponse(answer).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  @ServerExceptionMapper
  public Response notFound(NotFoundException e) {
    return Problem.of("not-found", "Not found", 404, e.getMessage()).toResponse();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e) {
    return Problem.of("forbidden", "Forbidden", 403, e.getMessage()).toResponse();
  }

  @ServerExceptionMapper
  public Response unsupportedMediaType(NotSupportedException e) {
    return Problem.of("unsupported-media-type", "Unsupported media type", 415, e.getMessage())
        .toResponse();
  }

  /**
   * Drops the method and parameter names Bean Validation puts before a body's field path; a
   * violation of the parameter itself (a missing body, a path parameter) is named by the parameter.
   */
  private static String fieldOf(String propertyPath) {
    // a list's element is named by its index alone: aliases[0], not aliases[0].<list element>
    String[] parts = propertyPath.replaceAll("\\.<[^>]+>", "").split("\\.");
    if (parts.length > 2) {
      return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
    }
    return parts.length == 2 ? parts[1] : propertyPath;
  }
}
