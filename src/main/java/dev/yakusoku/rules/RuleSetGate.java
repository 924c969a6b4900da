package dev.yakusoku.rules;

import java.nio.file.Path;
import java.util.List;

/**
 * What a rule set that compiles must also pass before it goes live: the rules folder's own rule
 * tests ({@code ruletests.RuleTestGate}).
 */
public interface RuleSetGate {
  /** Runs the folder's checks against {@code candidate}; one report a test file. */
  List<Report> check(RuleSet candidate, Path rulesFolder);

  /** One test file's outcome: its report as a person reads it, and each failure on a line. */
  record Report(String file, boolean passed, String report, List<String> failures) {}
}
