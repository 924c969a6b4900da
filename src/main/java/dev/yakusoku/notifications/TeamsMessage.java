package dev.yakusoku.notifications;

import dev.yakusoku.alerts.AlertView;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Teams message of one alert change, for an incoming webhook or a Workflows webhook: a {@code
 * message} with one attachment, an Adaptive Card (version 1.4) saying what the mail says: the title
 * in bold, the change and the summary, a {@code FactSet} (matter, team, manager, first raised,
 * state, ...), the latest events the alert cites in subtle text, and {@code Action.OpenUrl} actions
 * to see the alert and, when the change asks a manager to look, to acknowledge it.
 *
 * <p>A {@code TextBlock}, and a fact's title and value, read a subset of Markdown whose only active
 * part that could mislead is the link, {@code [text](url)}: text from outside has a zero-width
 * space put between {@code ]} and {@code (}, so it shows as written and never links elsewhere than
 * our actions do. Texts are cut, whole characters at a time, to keep the card well under the size
 * Teams takes.
 */
final class TeamsMessage {
  static final String CARD = "application/vnd.microsoft.card.adaptive";
  static final String SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";

  /** What one text of the card holds at most. */
  static final int MOST_TEXT = 2000;

  private static final String TEXT_BLOCK = "TextBlock";
  private static final String WRAP = "wrap";

  /**
   * What a digest's lines of alerts take at most, in bytes of UTF-8: with the rest of the card,
   * well under the 28 KB a Teams message may be.
   */
  static final int MOST_DIGEST_LINES = 18_000;

  /** What a {@code TextBlock} takes in JSON besides its text, roughly. */
  private static final int BLOCK_SIZE = 80;

  private TeamsMessage() {}

  /** The webhook's JSON body, as a tree Jackson writes. */
  static Map<String, Object> of(
      String event, AlertView a, StoryExcerpts.Excerpt story, MessageLinks.Links links) {
    List<Object> body = new ArrayList<>();
    body.add(title(AlertEmail.title(event, a, story)));
    body.add(text(a.type() + " (" + a.severity() + "): " + AlertEmail.changed(event, a, story)));
    if (a.summary() != null && !a.summary().isBlank()) {
      body.add(text(a.summary()));
    }
    List<Object> facts = new ArrayList<>();
    for (String[] fact : AlertEmail.facts(a, story)) {
      facts.add(Map.of("title", plain(fact[0]), "value", plain(fact[1])));
    }
    body.add(Map.of("type", "FactSet", "facts", facts));
    for (StoryExcerpts.Line l : story.evidence()) {
      body.add(
          subtle((l.time() == null ? "" : AlertEmail.shortTime(l.time()) + "  ") + l.headline()));
    }
    if (story.earlierEvidence() > 0) {
      body.add(subtle(AlertEmail.earlier(story)));
    }

    List<Object> actions = new ArrayList<>();
    actions.add(open("See the alert", links.alert(), null));
    if (links.acknowledge() != null) {
      actions.add(open("Acknowledge", links.acknowledge(), "positive"));
    }
    return message(body, actions);
  }

  /**
   * The webhook's JSON body of a daily digest: a card with the title in bold, a {@code FactSet} of
   * the counts, then for each list its name and total in bold and a {@code TextBlock} per alert,
   * {@code TYPE: summary — manager}, and an {@code Action.OpenUrl} to the page. The alerts' lines
   * are kept within {@link #MOST_DIGEST_LINES} in all, each list taking at most an even share of
   * what the lists after it have left; one cut short says how many more are on the page, as one the
   * digest itself holds fewer of than it counts does.
   */
  static Map<String, Object> digest(Digest d, AlertLinks links) {
    List<Object> body = new ArrayList<>();
    body.add(title(ChatDigest.title(d)));
    List<Object> facts = new ArrayList<>();
    for (String[] count : ChatDigest.counts(d)) {
      facts.add(Map.of("title", plain(count[0]), "value", plain(count[1])));
    }
    body.add(Map.of("type", "FactSet", "facts", facts));
    List<ChatDigest.Part> parts = ChatDigest.parts(d);
    int left = MOST_DIGEST_LINES;
    for (int i = 0; i < parts.size(); i++) {
      ChatDigest.Part part = parts.get(i);
      int room = ChatDigest.share(left, i, parts.size());
      Map<String, Object> heading = bold(part.title());
      heading.put("spacing", "medium");
      body.add(heading);
      if (part.total() == 0) {
        body.add(subtle("none"));
        continue;
      }
      int shown = 0;
      for (AlertView a : part.alerts()) {
        String line = line(a, d);
        int size = line.getBytes(StandardCharsets.UTF_8).length + BLOCK_SIZE;
        if (size > room) {
          break;
        }
        Map<String, Object> block = text(line);
        block.put("spacing", "small");
        body.add(block);
        room -= size;
        left -= size;
        shown++;
      }
      if (shown < part.total()) {
        body.add(subtle(part.more(shown)));
      }
    }
    return message(body, List.of(open("See the page", links.toPage(), null)));
  }

  /** {@code TYPE: summary — manager}, as it reads. */
  static String line(AlertView a, Digest d) {
    String summary = MessageText.cut(ChatDigest.summaryOf(a), ChatDigest.MOST_SUMMARY);
    return plain(
        a.type()
            + (summary.isEmpty() ? "" : ": " + summary)
            + " — "
            + MessageText.cut(d.who(a.manager()), ChatDigest.MOST_MANAGER));
  }

  /** The message of one card with {@code body} and {@code actions}. */
  private static Map<String, Object> message(List<Object> body, List<Object> actions) {
    Map<String, Object> card = new LinkedHashMap<>();
    card.put("$schema", SCHEMA);
    card.put("type", "AdaptiveCard");
    card.put("version", "1.4");
    card.put("body", body);
    card.put("actions", actions);
    Map<String, Object> attachment = new LinkedHashMap<>();
    attachment.put("contentType", CARD);
    attachment.put("contentUrl", null);
    attachment.put("content", card);
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("type", "message");
    message.put("attachments", List.of(attachment));
    return message;
  }

  private static Map<String, Object> text(String text) {
    Map<String, Object> block = new LinkedHashMap<>();
    block.put("type", TEXT_BLOCK);
    block.put("text", plain(text));
    block.put(WRAP, true);
    return block;
  }

  /** {@code text} in bold, a size larger: the card's title. */
  private static Map<String, Object> title(String text) {
    Map<String, Object> block = bold(text);
    block.put("size", "medium");
    return block;
  }

  private static Map<String, Object> bold(String text) {
    Map<String, Object> block = text(text);
    block.put("weight", "bolder");
    return block;
  }

  private static Map<String, Object> subtle(String text) {
    Map<String, Object> block = text(text);
    block.put("isSubtle", true);
    block.put("spacing", "small");
    return block;
  }

  private static Map<String, Object> open(String title, String url, String style) {
    Map<String, Object> action = new LinkedHashMap<>();
    action.put("type", "Action.OpenUrl");
    action.put("title", title);
    action.put("url", url);
    if (style != null) {
      action.put("style", style);
    }
    return action;
  }

  /** {@code text} as it reads, cut to its bound: no Markdown link can be made of it. */
  static String plain(String text) {
    return MessageText.cut(text == null ? "" : text.replace("](", "]\u200B("), MOST_TEXT);
  }
}
