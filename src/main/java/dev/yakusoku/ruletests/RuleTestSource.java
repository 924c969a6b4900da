package dev.yakusoku.ruletests;

import java.util.List;
import java.util.Optional;

/** A rule test file as read: its name and content, or why it could not be read. */
public record RuleTestSource(String file, Optional<RuleTestFile> test, List<String> errors) {
  static RuleTestSource read(String file, RuleTestFile test) {
    return new RuleTestSource(file, Optional.of(test), List.of());
  }

  static RuleTestSource unreadable(String file, String error) {
    return new RuleTestSource(file, Optional.empty(), List.of(error));
  }
}
