package dev.yakusoku.notifications;

import dev.yakusoku.alerts.AlertView;
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

  private TeamsMessage() {}

  /** The webhook's JSON body, as a tree Jackson writes. */
  static Map<String, Object> of(
      String event, AlertView a, StoryExcerpts.Excerpt story, MessageLinks.Links links) {
    List<Object> body = new ArrayList<>();
    Map<String, Object> title = text(AlertEmail.title(event, a, story));
    title.put("weight", "bolder");
    title.put("size", "medium");
    body.add(title);
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
