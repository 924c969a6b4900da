package dev.yakusoku.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Contract section 5: the loaded rule set as {@code GET /api/v1/rules} shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleSetView(
    String version,
    List<String> files,
    String loadedAt,
    List<String> rules,
    List<RuleError> errors) {}
