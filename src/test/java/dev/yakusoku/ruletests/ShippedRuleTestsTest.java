package dev.yakusoku.ruletests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yakusoku.rules.LiveRuleSet;
import dev.yakusoku.rules.RuleSet;
import dev.yakusoku.rules.RuleSetCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The rule tests authors write in {@code rules/tests/*.yaml}, one JUnit test per file, named after
 * it; a failure shows the expected and the raised alerts side by side.
 */
class ShippedRuleTestsTest {
  private static final Path RULES = Path.of("rules");

  @TestFactory
  Stream<DynamicTest> everyRuleTestFilePasses() {
    RuleSet shipped =
        new RuleSetCompiler(getClass().getClassLoader())
            .compile(LiveRuleSet.readDrl(RULES), Instant.EPOCH)
            .ruleSet()
            .orElseThrow();
    RuleTestRunner runner = RuleTestsCommand.standaloneRunner();
    return RuleTestReader.read(RULES).stream()
        .map(
            source ->
                DynamicTest.dynamicTest(
                    source.file(),
                    () -> {
                      RuleTestOutcome outcome = runner.run(shipped, source);
                      assertThat(outcome.passed()).as("%n%s", outcome.report()).isTrue();
                    }));
  }

  @Test
  void everyShippedRuleFileHasATestFile() throws Exception {
    List<String> drl;
    try (Stream<Path> files = Files.list(RULES)) {
      drl =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".drl"))
              .map(n -> "tests/" + n.replace(".drl", ".yaml"))
              .toList();
    }
    List<String> tests = RuleTestReader.read(RULES).stream().map(RuleTestSource::file).toList();

    assertThat(drl).isNotEmpty();
    assertThat(tests).containsAll(drl);
  }
}
