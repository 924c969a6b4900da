package dev.yakusoku.rules;

import java.util.List;

/** DRL that does not compile, with each error located. Answered 400. */
public class RuleCompilationException extends RuntimeException {
  private final List<RuleError> errors;

  public RuleCompilationException(List<RuleError> errors) {
    super(errors.size() + " rule error(s): " + errors);
    this.errors = List.copyOf(errors);
  }

  public List<RuleError> errors() {
    return errors;
  }
}
