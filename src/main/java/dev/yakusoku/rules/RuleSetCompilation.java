package dev.yakusoku.rules;

import java.util.List;
import java.util.Optional;

/** What compiling DRL files gave: a rule set, or the errors that kept it from compiling. */
public record RuleSetCompilation(Optional<RuleSet> ruleSet, List<RuleError> errors) {
  public static RuleSetCompilation of(RuleSet ruleSet) {
    return new RuleSetCompilation(Optional.of(ruleSet), List.of());
  }

  public static RuleSetCompilation failed(List<RuleError> errors) {
    return new RuleSetCompilation(Optional.empty(), List.copyOf(errors));
  }

  public boolean succeeded() {
    return ruleSet.isPresent();
  }
}
