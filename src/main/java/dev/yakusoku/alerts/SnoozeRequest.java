package dev.yakusoku.alerts;

import static dev.yakusoku.problems.Bounds.ID;
import static dev.yakusoku.problems.Bounds.NOTE;
import static dev.yakusoku.problems.Bounds.TOO_LONG;

import dev.yakusoku.problems.FieldProblem;
import dev.yakusoku.problems.InvalidInputException;
import dev.yakusoku.problems.Timestamps;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** The body of snooze: who snoozes, until when (RFC 3339), and an optional note. */
public record SnoozeRequest(
    @NotBlank @Size(max = ID, message = TOO_LONG) String by,
    @NotBlank String until,
    @Size(max = NOTE, message = TOO_LONG) String note) {
  public Instant untilInstant() {
    return Timestamps.parse(until)
        .map(OffsetDateTime::toInstant)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "the body breaks the contract",
                    List.of(FieldProblem.of("until", Timestamps.NOT_RFC_3339))));
  }
}
