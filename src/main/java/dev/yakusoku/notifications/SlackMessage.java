package dev.yakusoku.notifications;

import dev.yakusoku.alerts.AlertView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Slack message of one alert change, for an incoming webhook: {@code text}, the headline in one
 * line (what Slack shows in a notification, and where blocks are not shown), and {@code blocks}
 * saying what the mail says: a {@code header} with the title, a {@code section} with the change and
 * the summary, a {@code section} of {@code fields} (matter, team, manager, first raised, state,
 * ...), a {@code context} with the latest events the alert cites, and {@code actions}: a link
 * button to the alert and, when the change asks a manager to look, one that acknowledges it.
 *
 * <p>What came from outside is written as text: in {@code mrkdwn} and in {@code text}, {@code &},
 * {@code <} and {@code >} become {@code &amp;}, {@code &lt;} and {@code &gt;}, as Slack asks (so no
 * summary makes a link or a mention), and {@code verbatim} keeps Slack from making links of URLs
 * and names by itself. Texts are cut to Slack's bounds, whole characters and entities at a time; a
 * button whose address would not fit is left out rather than sent broken.
 */
final class SlackMessage {
  static final int MOST_HEADER = 150;
  static final int MOST_SECTION = 3000;
  static final int MOST_FIELD = 2000;
  static final int MOST_FIELDS = 10;
  static final int MOST_CONTEXT_ELEMENTS = 10;
  static final int MOST_BUTTON = 75;
  static final int MOST_URL = 3000;

  private static final String MRKDWN = "mrkdwn";

  private SlackMessage() {}

  /** The webhook's JSON body, as a tree Jackson writes. */
  static Map<String, Object> of(
      String event, AlertView a, StoryExcerpts.Excerpt story, MessageLinks.Links links) {
    List<Object> blocks = new ArrayList<>();
    blocks.add(
        Map.of(
            "type",
            "header",
            "text",
            plain(MessageText.cut(AlertEmail.title(event, a, story), MOST_HEADER))));
    String what = "*" + escape(a.type() + " (" + a.severity() + ")") + "*: ";
    String changed = AlertEmail.changed(event, a, story) + "\n" + summaryOf(a);
    blocks.add(
        Map.of(
            "type",
            "section",
            "text",
            mrkdwn(what + escaped(changed, MOST_SECTION - what.length()))));
    blocks.add(Map.of("type", "section", "fields", fields(a, story)));
    List<Object> context = context(story);
    if (!context.isEmpty()) {
      blocks.add(Map.of("type", "context", "elements", context));
    }
    List<Object> buttons = buttons(links);
    if (!buttons.isEmpty()) {
      blocks.add(Map.of("type", "actions", "elements", buttons));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("text", escaped(AlertEmail.headline(event, a, story), MOST_SECTION));
    body.put("blocks", blocks);
    return body;
  }

  private static List<Object> fields(AlertView a, StoryExcerpts.Excerpt story) {
    List<Object> fields = new ArrayList<>();
    for (String[] fact : AlertEmail.facts(a, story)) {
      if (fields.size() == MOST_FIELDS) {
        break;
      }
      String name = "*" + escape(fact[0]) + "*\n";
      fields.add(mrkdwn(name + escaped(fact[1], MOST_FIELD - name.length())));
    }
    return fields;
  }

  private static List<Object> context(StoryExcerpts.Excerpt story) {
    List<Object> elements = new ArrayList<>();
    int room = MOST_CONTEXT_ELEMENTS - (story.earlierEvidence() > 0 ? 1 : 0);
    for (StoryExcerpts.Line l : story.evidence()) {
      if (elements.size() == room) {
        break;
      }
      String time = l.time() == null ? "" : "`" + escape(AlertEmail.shortTime(l.time())) + "`  ";
      elements.add(mrkdwn(time + escaped(l.headline(), MOST_SECTION - time.length())));
    }
    if (story.earlierEvidence() > 0 && !elements.isEmpty()) {
      elements.add(mrkdwn("_" + escape(AlertEmail.earlier(story)) + "_"));
    }
    return elements;
  }

  private static List<Object> buttons(MessageLinks.Links links) {
    List<Object> buttons = new ArrayList<>();
    if (links.alert() != null && links.alert().length() <= MOST_URL) {
      buttons.add(button("See the alert", links.alert(), "see-alert", null));
    }
    if (links.acknowledge() != null && links.acknowledge().length() <= MOST_URL) {
      buttons.add(button("Acknowledge", links.acknowledge(), "acknowledge", "primary"));
    }
    return buttons;
  }

  private static Map<String, Object> button(String text, String url, String id, String style) {
    Map<String, Object> button = new LinkedHashMap<>();
    button.put("type", "button");
    button.put("text", plain(MessageText.cut(text, MOST_BUTTON)));
    button.put("url", url);
    button.put("action_id", id);
    if (style != null) {
      button.put("style", style);
    }
    return button;
  }

  private static String summaryOf(AlertView a) {
    return a.summary() == null ? "" : a.summary();
  }

  private static Map<String, Object> plain(String text) {
    return Map.of("type", "plain_text", "text", text, "emoji", true);
  }

  /**
   * {@code text}, escaped and within its bound already, as mrkdwn Slack shows as written but for
   * our own marks.
   */
  private static Map<String, Object> mrkdwn(String text) {
    return Map.of("type", MRKDWN, "text", text, "verbatim", Boolean.TRUE);
  }

  /** {@code text} escaped and cut to {@code most} characters. */
  static String escaped(String text, int most) {
    return MessageText.cut(text, most, SlackMessage::escape);
  }

  /** Slack's escaping of text that is not markup: {@code &}, {@code <} and {@code >}. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
