package dev.yakusoku.problems;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Reads timestamp fields of requests as RFC 3339 has them: a date and time with an offset, its year
 * of four digits (so {@code +999999999-12-31T00:00:00Z}, which Java alone would take, is refused).
 */
public final class Timestamps {
  public static final String NOT_RFC_3339 = "must be an RFC 3339 timestamp with an offset";

  private Timestamps() {}

  /** The timestamp {@code value} names, if it is one. */
  public static Optional<OffsetDateTime> parse(String value) {
    if (value == null || value.isEmpty() || !Character.isDigit(value.charAt(0))) {
      return Optional.empty();
    }
    try {
      OffsetDateTime parsed = OffsetDateTime.parse(value);
      return parsed.getYear() <= 9999 ? Optional.of(parsed) : Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * The instant {@code value} names; null when it is null, or when it is not an RFC 3339 timestamp
   * with an offset, in which case a problem naming {@code field} is added.
   */
  public static Instant instant(String field, String value, List<FieldProblem> problems) {
    if (value == null) {
      return null;
    }
    Optional<OffsetDateTime> parsed = parse(value);
    if (parsed.isEmpty()) {
      problems.add(FieldProblem.of(field, NOT_RFC_3339));
      return null;
    }
    return parsed.get().toInstant();
  }
}
