package dev.yakusoku.problems;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reads a timestamp field of a request, naming the field when it is not RFC 3339. */
public final class Timestamps {
  public static final String NOT_RFC_3339 = "must be an RFC 3339 timestamp with an offset";

  private Timestamps() {}

  /**
   * The instant {@code value} names; null when it is null, or when it is not an RFC 3339 timestamp
   * with an offset, in which case a problem naming {@code field} is added.
   */
  public static Instant instant(String field, String value, List<FieldProblem> problems) {
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      problems.add(FieldProblem.of(field, NOT_RFC_3339));
      return null;
    }
  }
}
