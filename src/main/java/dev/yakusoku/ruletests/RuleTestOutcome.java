package dev.yakusoku.ruletests;

import java.util.List;

/** How one rule test file went: errors that kept it from running, and each case's outcome. */
public record RuleTestOutcome(String file, List<String> errors, List<CaseOutcome> cases) {

  public boolean passed() {
    return errors.isEmpty() && cases.stream().allMatch(CaseOutcome::passed);
  }

  public String report() {
    StringBuilder out = new StringBuilder();
    out.append(passed() ? "ok   " : "FAIL ").append(file).append('\n');
    errors.forEach(e -> out.append("     ").append(e).append('\n'));
    cases.forEach(c -> out.append(c.report()));
    return out.toString();
  }
}
