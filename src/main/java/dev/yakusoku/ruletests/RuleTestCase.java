package dev.yakusoku.ruletests;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One case of a rule test file: events (CloudEvents as in {@code POST /api/v1/events}; {@code id}
 * and {@code source} may be left out), the time to run the clock to, and the alerts it must raise,
 * must not raise, and whether nothing else may be raised.
 */
public record RuleTestCase(
    String name,
    JsonNode events,
    OffsetDateTime until,
    List<ExpectedAlert> expect,
    List<ExpectedAlert> forbid,
    boolean nothingElse) {

  public RuleTestCase {
    expect = expect == null ? List.of() : List.copyOf(expect);
    forbid = forbid == null ? List.of() : List.copyOf(forbid);
  }
}
