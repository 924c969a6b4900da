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
  static final int MOST_BLOCKS = 50;

  /** What a link of a digest's line may be at most; a longer one leaves its line unlinked. */
  static final int MOST_LINE_URL = 1000;

  /** Room kept in a digest's section for saying how many alerts are left to the page. */
  private static final int MORE_ROOM = 40;

  private static final int MOST_TYPE = 100;

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

  /**
   * The webhook's JSON body of a daily digest: {@code text}, its headline with the counts, and
   * {@code blocks}: a {@code header} with the title, a {@code section} of {@code fields} with the
   * counts, then for each list a {@code section} headed by its name and total with a line per
   * alert, {@code • <link|TYPE> summary — manager}, and an {@code actions} block with a link button
   * to the page. A list that does not fit one section goes on in more; each list takes at most an
   * even share of the blocks the lists after it have left, so the message keeps within Slack's 50,
   * and one cut short says how many more are on the page, as one the digest itself holds fewer of
   * than it counts does.
   */
  static Map<String, Object> digest(Digest d, AlertLinks links) {
    List<Object> blocks = new ArrayList<>();
    blocks.add(
        Map.of("type", "header", "text", plain(MessageText.cut(ChatDigest.title(d), MOST_HEADER))));
    List<Object> counts = new ArrayList<>();
    for (String[] count : ChatDigest.counts(d)) {
      counts.add(mrkdwn("*" + escape(count[0]) + "*\n" + escape(count[1])));
    }
    blocks.add(Map.of("type", "section", "fields", counts));
    String page = links.toPage();
    boolean pageButton = page.length() <= MOST_URL;
    List<ChatDigest.Part> parts = ChatDigest.parts(d);
    int left = MOST_BLOCKS - blocks.size() - (pageButton ? 1 : 0);
    for (int i = 0; i < parts.size(); i++) {
      List<String> sections =
          sections(parts.get(i), d, links, ChatDigest.share(left, i, parts.size()));
      left -= sections.size();
      for (String section : sections) {
        blocks.add(Map.of("type", "section", "text", mrkdwn(section)));
      }
    }
    if (pageButton) {
      blocks.add(
          Map.of(
              "type",
              "actions",
              "elements",
              List.of(button("See the page", page, "see-page", null))));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("text", escaped(ChatDigest.headline(d), MOST_SECTION));
    body.put("blocks", blocks);
    return body;
  }

  /**
   * The mrkdwn of one list's sections, at most {@code most} of them: its heading, then a line per
   * alert while they fit, then how many are left to the page.
   */
  private static List<String> sections(ChatDigest.Part part, Digest d, AlertLinks links, int most) {
    List<String> sections = new ArrayList<>();
    StringBuilder current = new StringBuilder("*").append(escape(part.title())).append('*');
    if (part.alerts().isEmpty() && part.total() == 0) {
      sections.add(current.append("\n_none_").toString());
      return sections;
    }
    int shown = 0;
    for (AlertView a : part.alerts()) {
      String line = line(a, d, links);
      if (current.length() + 1 + line.length() + MORE_ROOM > MOST_SECTION) {
        if (sections.size() + 1 >= most) {
          break;
        }
        sections.add(current.toString());
        current = new StringBuilder();
      }
      if (current.length() > 0) {
        current.append('\n');
      }
      current.append(line);
      shown++;
    }
    if (shown < part.total()) {
      current.append("\n_").append(escape(part.more(shown))).append('_');
    }
    sections.add(current.toString());
    return sections;
  }

  /**
   * {@code • <link|TYPE> summary — manager}, escaped: neither the link's address nor its text holds
   * a {@code |} or a {@code >} that would end it early.
   */
  static String line(AlertView a, Digest d, AlertLinks links) {
    String type = escaped(a.type(), MOST_TYPE).replace("|", "¦");
    String url = links.toAlert(a.id());
    String link =
        url.length() <= MOST_LINE_URL
            ? "<" + escape(url).replace("|", "%7C") + "|" + type + ">"
            : type;
    String summary = escaped(ChatDigest.summaryOf(a), ChatDigest.MOST_SUMMARY);
    return "• "
        + link
        + (summary.isEmpty() ? "" : " " + summary)
        + " — "
        + escaped(d.who(a.manager()), ChatDigest.MOST_MANAGER);
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
