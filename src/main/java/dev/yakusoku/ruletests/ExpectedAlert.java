package dev.yakusoku.ruletests;

import dev.yakusoku.alerts.AlertView;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An alert a rule test expects (or forbids), in the vocabulary of the contract. Every field left
 * out matches anything; {@code raisedAt} is compared as an instant, so any offset may be used, and
 * {@code summary} is a part of the summary (its words, as a manager reads them).
 */
public record ExpectedAlert(
    String type,
    String matter,
    OffsetDateTime raisedAt,
    Integer occurrences,
    String rule,
    String severity,
    String manager,
    String state,
    String summary) {

  public boolean matches(AlertView alert) {
    return (type == null || type.equals(alert.type()))
        && (matter == null || matter.equals(alert.matterId()))
        && (raisedAt == null
            || raisedAt.toInstant().equals(OffsetDateTime.parse(alert.firstRaisedAt()).toInstant()))
        && (occurrences == null || occurrences == alert.occurrences())
        && (rule == null || rule.equals(alert.rule()))
        && (severity == null || severity.equals(alert.severity()))
        && (manager == null || manager.equals(alert.manager()))
        && (state == null || state.equals(alert.state()))
        && (summary == null || (alert.summary() != null && alert.summary().contains(summary)));
  }

  /** One line, as an author wrote it: only the fields given. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    parts.add(type == null ? "any alert" : type);
    if (matter != null) {
      parts.add("on " + matter);
    }
    if (raisedAt != null) {
      parts.add("at " + raisedAt);
    }
    if (occurrences != null) {
      parts.add("x" + occurrences);
    }
    if (severity != null) {
      parts.add(severity);
    }
    if (manager != null) {
      parts.add("to " + manager);
    }
    if (state != null) {
      parts.add(state);
    }
    if (rule != null) {
      parts.add("by \"" + rule + "\"");
    }
    if (summary != null) {
      parts.add("saying \"" + summary + "\"");
    }
    return String.join(" ", parts);
  }

  /** An alert that was raised, described the same way for the side-by-side report. */
  public static String describe(AlertView alert) {
    return alert.type()
        + (alert.matterId() == null ? "" : " on " + alert.matterId())
        + " at "
        + alert.firstRaisedAt()
        + " x"
        + alert.occurrences()
        + " "
        + alert.state()
        + " by \""
        + alert.rule()
        + "\"";
  }
}
