package dev.yakusoku.alerts;

import dev.yakusoku.problems.FieldProblem;
import dev.yakusoku.problems.InvalidInputException;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The body of snooze: who snoozes, until when (RFC 3339), and an optional note. */
public record SnoozeRequest(@NotBlank String by, @NotBlank String until, String note) {
  public Instant untilInstant() {
    try {
      return OffsetDateTime.parse(until).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          "the body breaks the contract",
          List.of(FieldProblem.of("until", "must be an RFC 3339 timestamp with an offset")));
    }
  }
}
