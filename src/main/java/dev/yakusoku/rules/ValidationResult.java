package dev.yakusoku.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** What {@code POST /api/v1/rules/validate} answers; nothing is loaded either way. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ValidationResult(boolean valid, String version, List<RuleError> errors) {}
