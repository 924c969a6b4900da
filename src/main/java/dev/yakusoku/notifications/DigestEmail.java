package dev.yakusoku.notifications;

import static dev.yakusoku.notifications.AlertEmail.escape;

import dev.yakusoku.alerts.AlertState;
import dev.yakusoku.alerts.AlertView;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The mail a manager reads of a team's daily digest, as plain text and as HTML saying the same: the
 * counts first; then the broken promises and the stalled dependencies, when there are any; then the
 * open alerts, those raised and those resolved since the previous business day began. Each alert is
 * a line of its severity, type and summary, one of its matter, manager, when it was first raised
 * and where it stands, and a link to it on the page. Times are in the team's zone. Everything that
 * came from outside is escaped in the HTML, and the subject is kept to one line.
 */
record DigestEmail(String subject, String text, String html) {
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.ENGLISH);

  /** One heading of the digest: its alerts as shown, and how many there are in all. */
  private record Section(String title, List<AlertView> alerts, int total, boolean always) {}

  static DigestEmail of(Digest d, AlertLinks links) {
    ZoneId zone = ZoneId.of(d.zone());
    String day = day(d.day());
    String teamName = d.teamName();
    Digest.Counts c = d.counts();
    String subject =
        AlertEmail.oneLine(
            "Daily digest of "
                + teamName
                + " for "
                + day
                + ": "
                + c.open()
                + " open, "
                + c.raised()
                + " raised, "
                + c.resolved()
                + " resolved"
                + (c.brokenPromises() == 0
                    ? ""
                    : ", " + c.brokenPromises() + " broken promise" + plural(c.brokenPromises())));
    String heading = "Daily digest of " + d.who(d.team()) + " for " + day + " (" + d.zone() + ")";
    String counts =
        "Open: "
            + c.open()
            + " · Raised: "
            + c.raised()
            + " · Resolved: "
            + c.resolved()
            + " · Broken promises: "
            + c.brokenPromises()
            + " · Stalled dependencies: "
            + c.stalledDependencies();
    String period =
        "Raised and resolved from " + at(d.since(), zone) + " to " + at(d.until(), zone) + ".";
    List<Section> sections =
        List.of(
            new Section("Broken promises", d.brokenPromises(), c.brokenPromises(), false),
            new Section(
                "Stalled dependencies", d.stalledDependencies(), c.stalledDependencies(), false),
            new Section("Open alerts", d.open(), c.open(), true),
            new Section("Raised", d.raised(), c.raised(), true),
            new Section("Resolved", d.resolved(), c.resolved(), true));

    StringBuilder text = new StringBuilder();
    text.append(heading).append("\n\n").append(counts).append('\n').append(period).append('\n');
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"><title>")
        .append(escape(subject))
        .append("</title></head>\n<body style=\"font-family: sans-serif; line-height: 1.4\">\n")
        .append("<p><strong>")
        .append(escape(heading))
        .append("</strong></p>\n<p>")
        .append(escape(counts))
        .append("</p>\n<p>")
        .append(escape(period))
        .append("</p>\n");
    for (Section s : sections) {
      if (!s.always() && s.total() == 0) {
        continue;
      }
      String title = s.title() + " (" + s.total() + ")";
      text.append('\n').append(title).append('\n');
      html.append("<h3>").append(escape(title)).append("</h3>\n");
      if (s.alerts().isEmpty()) {
        text.append("  none\n");
        html.append("<p>None.</p>\n");
        continue;
      }
      html.append("<ul>\n");
      for (AlertView a : s.alerts()) {
        String line = line(a);
        String details = String.join(" · ", details(a, d, zone));
        String link = links.toAlert(a.id());
        text.append("  ").append(line).append("\n    ").append(details);
        text.append("\n    ").append(link).append('\n');
        html.append("<li><a href=\"")
            .append(escape(link))
            .append("\">")
            .append(escape(line))
            .append("</a><br>")
            .append(escape(details))
            .append("</li>\n");
      }
      html.append("</ul>\n");
      int more = s.total() - s.alerts().size();
      if (more > 0) {
        String rest = "and " + more + " more on the page";
        text.append("  (").append(rest).append(")\n");
        html.append("<p>").append(escape(rest)).append("</p>\n");
      }
    }
    html.append("</body></html>\n");
    return new DigestEmail(subject, text.toString(), html.toString());
  }

  /** {@code 2026-11-30} as {@code Mon 2026-11-30}. */
  static String day(String day) {
    return DAY.format(LocalDate.parse(day));
  }

  /** {@code [severity] TYPE: summary}. */
  static String line(AlertView a) {
    return "["
        + a.severity()
        + "] "
        + a.type()
        + (a.summary() == null || a.summary().isBlank() ? "" : ": " + a.summary());
  }

  /** Its matter, manager, when it was first raised, and where it stands. */
  static List<String> details(AlertView a, Digest d, ZoneId zone) {
    List<String> parts = new ArrayList<>();
    if (a.matterId() != null) {
      parts.add("matter " + a.matterId());
    }
    if (a.team() != null && !a.team().equals(d.team())) {
      parts.add("of " + d.who(a.team()));
    }
    parts.add("manager " + d.who(a.manager()));
    parts.add("first raised " + at(a.firstRaisedAt(), zone));
    parts.add(
        switch (a.state()) {
          case AlertState.RESOLVED ->
              "resolved " + at(a.resolvedAt(), zone) + " by " + d.who(a.resolvedBy());
          case AlertState.ACKNOWLEDGED -> "acknowledged by " + d.who(a.acknowledgedBy());
          case AlertState.SNOOZED -> "snoozed until " + at(a.snoozedUntil(), zone);
          default -> a.state();
        });
    return parts;
  }

  /** {@code 2026-11-27T10:00:00+09:00} as {@code 2026-11-27 10:00} in {@code zone}. */
  static String at(String time, ZoneId zone) {
    if (time == null) {
      return "";
    }
    try {
      return SHORT.format(OffsetDateTime.parse(time).atZoneSameInstant(zone));
    } catch (DateTimeParseException e) {
      return time;
    }
  }

  private static String plural(int n) {
    return n == 1 ? "" : "s";
  }
}
