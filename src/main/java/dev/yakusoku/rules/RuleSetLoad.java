package dev.yakusoku.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What loading the rules folder did: {@code loaded} (a new rule set went live), {@code unchanged}
 * (the live set already has these files) or {@code rejected} (it did not compile or failed its rule
 * tests; the live set, named by {@code version}, stays).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleSetLoad(
    Outcome outcome,
    String version,
    String candidate,
    List<RuleError> errors,
    List<RuleTestSummary> tests) {

  public enum Outcome {
    loaded,
    unchanged,
    rejected
  }

  /** One rule test file's result, with the side-by-side report an author reads. */
  public record RuleTestSummary(String file, boolean passed, String report) {}

  public boolean wentLive() {
    return outcome == Outcome.loaded;
  }
}
