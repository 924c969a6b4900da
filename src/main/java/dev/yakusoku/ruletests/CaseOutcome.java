package dev.yakusoku.ruletests;

import java.util.List;

/**
 * How one case went: each expectation beside the alert that met (or broke) it, and the alerts no
 * expectation accounts for. Read {@link #report} for the side-by-side view.
 */
public record CaseOutcome(String name, List<Row> rows, List<String> errors) {

  /** One line of the report: what was expected (or forbidden), what was raised, and whether ok. */
  public record Row(String section, String expected, String raised, boolean ok) {}

  public boolean passed() {
    return errors.isEmpty() && rows.stream().allMatch(Row::ok);
  }

  public String report() {
    StringBuilder out = new StringBuilder();
    out.append(passed() ? "  ok   " : "  FAIL ").append(name).append('\n');
    errors.forEach(e -> out.append("       ").append(e).append('\n'));
    int width =
        Math.min(72, rows.stream().mapToInt(r -> r.expected().length()).max().orElse(0) + 2);
    String section = null;
    for (Row row : rows) {
      if (!row.section().equals(section)) {
        section = row.section();
        out.append(String.format("         %-" + width + "s | %s%n", section, "raised"));
      }
      out.append(
          String.format(
              "       %s%-" + width + "s | %s%n",
              row.ok() ? "  " : "✗ ",
              row.expected(),
              row.raised()));
    }
    return out.toString();
  }
}
