package dev.yakusoku.alerts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * The body of acknowledge and resolve: who acts, an optional note, and an optional verdict on the
 * alert ({@code useful} or {@code noise}).
 */
public record AlertAction(
    @NotBlank String by,
    String note,
    @Pattern(regexp = Verdict.ONE_OF, message = "must be useful or noise") String verdict) {}
