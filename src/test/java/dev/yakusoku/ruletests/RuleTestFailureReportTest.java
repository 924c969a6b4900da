package dev.yakusoku.ruletests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an author reads when a rule test fails: expected and raised alerts side by side. */
class RuleTestFailureReportTest {
  private static final String OPEN_AND_WAIT =
      """
          - {type: matter.opened, subject: M-1, time: "2026-11-26T10:00:00+09:00", data: {client: c-yamada, endUser: u-suzuki, team: t-ops, assignee: s-aoi, title: 見積り}}
          - {type: contact.logged, subject: M-1, time: "2026-11-26T11:10:00+09:00", data: {channel: phone, direction: outbound, from: s-aoi, to: u-suzuki, outcome: asked-to-wait}}
      """;

  @TempDir Path rules;

  @BeforeEach
  void shippedRulesAndDirectory() throws IOException {
    for (String drl : new String[] {"promises", "escalations", "dependencies", "routing"}) {
      Files.copy(Path.of("rules", drl + ".drl"), rules.resolve(drl + ".drl"));
    }
    Files.createDirectories(rules.resolve("tests/fixtures"));
    Files.copy(
        Path.of("rules/tests/fixtures/story-directory.yaml"),
        rules.resolve("tests/fixtures/story-directory.yaml"));
  }

  @Test
  void anExpectedAlertAtAnotherTimeShowsTheExpectationBesideWhatWasRaised() throws IOException {
    write(
        "stall.yaml",
        """
        directory: story-directory.yaml
        cases:
          - name: stalls a day too early
            events:
        %s
            until: "2026-12-01T18:00:00+09:00"
            expect:
              - {type: STALLED_DEPENDENCY, matter: M-1, raisedAt: "2026-11-27T11:10:00+09:00"}
            nothingElse: true
        """
            .formatted(OPEN_AND_WAIT));

    String report = runAndReport(1);

    assertThat(report)
        .contains("FAIL tests/stall.yaml")
        .contains("FAIL stalls a day too early")
        .containsPattern(
            "✗ STALLED_DEPENDENCY on M-1 at 2026-11-27T11:10\\+09:00 +\\| \\(not raised\\)")
        .containsPattern(
            "✗ \\(nothing\\) +\\| STALLED_DEPENDENCY on M-1 at 2026-11-30T11:10:00\\+09:00 x1 open")
        .contains("1 rule test file(s)")
        .contains("0 passed, 1 failed");
  }

  @Test
  void aForbiddenAlertThatWasRaisedIsShownWithTheRuleThatRaisedIt() throws IOException {
    write(
        "forbid.yaml",
        """
        directory: story-directory.yaml
        cases:
          - name: never stalls
            events:
        %s
            until: "2026-12-01T18:00:00+09:00"
            forbid:
              - {type: STALLED_DEPENDENCY}
        """
            .formatted(OPEN_AND_WAIT));

    assertThat(runAndReport(1))
        .containsPattern(
            "✗ STALLED_DEPENDENCY +\\| STALLED_DEPENDENCY on M-1 at 2026-11-30T11:10:00\\+09:00 x1"
                + " open by \"A wait passes its follow-up deadline with nothing from the party\"");
  }

  @Test
  void aMisspelledKeyIsReportedWithItsLineAndColumn() throws IOException {
    write(
        "typo.yaml",
        """
        directory: story-directory.yaml
        cases:
          - name: misspelled
            events: []
            expects:
              - {type: BROKEN_PROMISE}
        """);

    assertThat(runAndReport(1)).contains("tests/typo.yaml:5:").contains("\"expects\"");
  }

  @Test
  void anEventThatBreaksTheContractIsReportedByIndexAndField() throws IOException {
    write(
        "bad-event.yaml",
        """
        cases:
          - name: no channel
            events:
              - {type: matter.opened, subject: M-1, time: "2026-11-26T10:00:00+09:00", data: {client: c-1, team: t-1, title: x}}
              - {type: contact.logged, subject: M-1, time: "2026-11-26T10:05:00+09:00", data: {direction: inbound, outcome: reached}}
        """);

    assertThat(runAndReport(1)).contains("events[1].").contains("channel");
  }

  @Test
  void aPassingFolderExitsZero() throws IOException {
    write(
        "stall.yaml",
        """
        directory: story-directory.yaml
        cases:
          - name: stalls two business days later
            events:
        %s
            until: "2026-12-01T18:00:00+09:00"
            expect:
              - {type: STALLED_DEPENDENCY, matter: M-1, raisedAt: "2026-11-30T11:10+09:00"}
            nothingElse: true
        """
            .formatted(OPEN_AND_WAIT));

    assertThat(runAndReport(0)).contains("ok   tests/stall.yaml").contains("1 passed, 0 failed");
  }

  private void write(String name, String yaml) throws IOException {
    Files.writeString(rules.resolve("tests").resolve(name), yaml, StandardCharsets.UTF_8);
  }

  private String runAndReport(int expectedExitCode) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit = RuleTestsCommand.run(rules, new PrintStream(out, true, StandardCharsets.UTF_8));
    String report = out.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(report).isEqualTo(expectedExitCode);
    return report;
  }
}
