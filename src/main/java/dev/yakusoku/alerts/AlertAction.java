package dev.yakusoku.alerts;

import static dev.yakusoku.problems.Bounds.ID;
import static dev.yakusoku.problems.Bounds.NOTE;
import static dev.yakusoku.problems.Bounds.TOO_LONG;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of acknowledge and resolve: who acts, an optional note, and an optional verdict on the
 * alert ({@code useful} or {@code noise}).
 */
public record AlertAction(
    @NotBlank @Size(max = ID, message = TOO_LONG) String by,
    @Size(max = NOTE, message = TOO_LONG) String note,
    @Pattern(regexp = Verdict.ONE_OF, message = "must be useful or noise") String verdict) {}
