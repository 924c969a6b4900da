package dev.yakusoku.notifications;

import dev.yakusoku.alerts.AlertView;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The mail a manager reads of one alert change, as plain text and as HTML saying the same: what
 * changed, in words; the alert's summary, matter, team, manager and when it was first raised (in
 * the team's zone, as the alert gives it); the events it cites in short; a link to it on the page;
 * and, when the change asks a manager to look, a link that acknowledges it. The subject names the
 * matter by its title, as people know it. Everything that came from outside is escaped in the HTML,
 * and the subject is kept to one line.
 */
record AlertEmail(String subject, String text, String html) {
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  static AlertEmail of(
      String event, AlertView a, StoryExcerpts.Excerpt story, MessageLinks.Links links) {
    String link = links.alert();
    String summary = a.summary() == null ? "" : a.summary();
    String subject = headline(event, a, story);
    String changed = changed(event, a, story);
    List<String[]> facts = facts(a, story);

    StringBuilder text = new StringBuilder();
    text.append(a.type()).append(" (").append(a.severity()).append("): ").append(changed);
    text.append("\n\n").append(summary).append("\n\n");
    for (String[] f : facts) {
      text.append(String.format("%-14s", f[0] + ":")).append(f[1]).append('\n');
    }
    if (!story.evidence().isEmpty()) {
      text.append("\nEvidence:\n");
      for (StoryExcerpts.Line l : story.evidence()) {
        text.append("  ");
        if (l.time() != null) {
          text.append(shortTime(l.time())).append("  ");
        }
        text.append(l.headline()).append('\n');
      }
      if (story.earlierEvidence() > 0) {
        text.append("  (").append(earlier(story)).append(")\n");
      }
    }
    text.append("\nSee the alert: ").append(link).append('\n');
    if (links.acknowledge() != null) {
      text.append("Acknowledge it: ").append(links.acknowledge()).append('\n');
    }

    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"><title>")
        .append(escape(subject))
        .append("</title></head>\n<body style=\"font-family: sans-serif; line-height: 1.4\">\n");
    html.append("<p><strong>")
        .append(escape(a.type()))
        .append(" (")
        .append(escape(a.severity()))
        .append(")</strong>: ")
        .append(escape(changed))
        .append("</p>\n");
    html.append("<p>").append(escape(summary)).append("</p>\n");
    html.append("<table cellpadding=\"2\">\n");
    for (String[] f : facts) {
      html.append("<tr><th align=\"left\">")
          .append(escape(f[0]))
          .append("</th><td>")
          .append(escape(f[1]))
          .append("</td></tr>\n");
    }
    html.append("</table>\n");
    if (!story.evidence().isEmpty()) {
      html.append("<p><strong>Evidence</strong></p>\n<table cellpadding=\"2\">\n");
      for (StoryExcerpts.Line l : story.evidence()) {
        html.append("<tr><td>")
            .append(l.time() == null ? "" : escape(shortTime(l.time())))
            .append("</td><td>")
            .append(escape(l.headline()))
            .append("</td></tr>\n");
      }
      html.append("</table>\n");
      if (story.earlierEvidence() > 0) {
        html.append("<p>").append(escape(earlier(story))).append("</p>\n");
      }
    }
    html.append("<p><a href=\"").append(escape(link)).append("\">See the alert on the page</a>");
    if (links.acknowledge() != null) {
      html.append(" · <a href=\"")
          .append(escape(links.acknowledge()))
          .append("\">Acknowledge it</a>");
    }
    html.append("</p>\n</body></html>\n");
    return new AlertEmail(subject, text.toString(), html.toString());
  }

  /**
   * The change in one line, as a subject or a chat's notification says it: severity, type, the
   * change in a word or two, the matter by its title, the summary.
   */
  static String headline(String event, AlertView a, StoryExcerpts.Excerpt story) {
    return oneLine(title(event, a, story) + ": " + (a.summary() == null ? "" : a.summary()));
  }

  /** The headline without the summary, for a message's title. */
  static String title(String event, AlertView a, StoryExcerpts.Excerpt story) {
    return oneLine(
        "["
            + a.severity()
            + "] "
            + a.type()
            + " "
            + shortly(event)
            + (story.matterTitle() == null ? "" : " on " + story.matterTitle()));
  }

  /** What changed, as a manager says it. */
  static String changed(String event, AlertView a, StoryExcerpts.Excerpt story) {
    return switch (event) {
      case "raised" -> "raised";
      case "occurred-again" -> "occurred again (" + a.occurrences() + " times now)";
      case "acknowledged" -> "acknowledged by " + story.who(a.acknowledgedBy());
      case "resolved" ->
          "resolved by "
              + story.who(a.resolvedBy())
              + (a.resolution() == null || a.resolution().isBlank() ? "" : ": " + a.resolution());
      case "escalated" ->
          "escalated from "
              + story.who(a.escalatedFrom())
              + " to "
              + story.who(a.manager())
              + (a.escalationTeam() == null ? "" : " of " + story.who(a.escalationTeam()));
      case "snooze-ended" -> "snooze ended: it is open again";
      default -> event;
    };
  }

  /** The change in a word or two, for the subject. */
  private static String shortly(String event) {
    return switch (event) {
      case "occurred-again" -> "occurred again";
      case "snooze-ended" -> "snooze ended";
      default -> event;
    };
  }

  /** What a message says of the alert besides the change, name and value. */
  static List<String[]> facts(AlertView a, StoryExcerpts.Excerpt story) {
    List<String[]> facts = new ArrayList<>();
    if (a.matterId() != null) {
      facts.add(
          fact(
              "Matter",
              a.matterId()
                  + (story.matterTitle() == null ? "" : " (" + story.matterTitle() + ")")));
    }
    facts.add(fact("Team", story.who(a.team())));
    facts.add(fact("Manager", story.who(a.manager())));
    facts.add(fact("First raised", a.firstRaisedAt() + " (" + a.teamZone() + ")"));
    if (a.occurrences() > 1) {
      facts.add(fact("Occurrences", String.valueOf(a.occurrences())));
    }
    facts.add(fact("State", a.state()));
    facts.add(fact("Alert", a.id()));
    return facts;
  }

  private static String[] fact(String name, String value) {
    return new String[] {name, value == null ? "" : value};
  }

  static String earlier(StoryExcerpts.Excerpt story) {
    int n = story.earlierEvidence();
    return n + " earlier event" + (n == 1 ? "" : "s") + " on the page";
  }

  /** {@code 2026-11-26T10:12:00+09:00} as {@code 2026-11-26 10:12}: the zone is the team's. */
  static String shortTime(String time) {
    try {
      return SHORT.format(OffsetDateTime.parse(time));
    } catch (DateTimeParseException e) {
      return time;
    }
  }

  /** A subject is one header line: breaks and other control characters become spaces. */
  static String oneLine(String s) {
    return s.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
  }

  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
