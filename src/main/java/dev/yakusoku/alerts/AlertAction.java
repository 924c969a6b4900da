package dev.yakusoku.alerts;

import jakarta.validation.constraints.NotBlank;

/** The body of acknowledge and resolve: who acts, and an optional note. */
public record AlertAction(@NotBlank String by, String note) {}
