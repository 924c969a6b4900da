package dev.yakusoku.problems;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One bad field: the event's index in the request (when a request carries several), the field, why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldProblem(Integer index, String field, String message) {
  public static FieldProblem of(String field, String message) {
    return new FieldProblem(null, field, message);
  }
}
