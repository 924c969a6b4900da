package dev.yakusoku.notifications;

import static dev.yakusoku.notifications.MessageFixtures.ACK;
import static dev.yakusoku.notifications.MessageFixtures.LINK;
import static dev.yakusoku.notifications.MessageFixtures.STORY;
import static dev.yakusoku.notifications.MessageFixtures.alert;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Slack's blocks, with what came from outside escaped as Slack asks and within Slack's bounds. */
class SlackMessageTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theBlocksSayTheChangeTheFactsTheEvidenceAndLinkToTheAlertAndItsAcknowledgement() {
    JsonNode m = message("raised", alert("Callback promised <today>"), ACK);

    assertThat(m.get("text").asText())
        .isEqualTo(
            "[warning] DUPLICATE_ESCALATION raised on 見積り &lt;急ぎ&gt; &amp; \"確認\":"
                + " Callback promised &lt;today&gt;");
    JsonNode blocks = m.get("blocks");
    assertThat(types(blocks)).containsExactly("header", "section", "section", "context", "actions");

    JsonNode header = blocks.get(0).get("text");
    assertThat(header.get("type").asText()).isEqualTo("plain_text");
    assertThat(header.get("text").asText())
        .as("plain text is shown as written: nothing to escape")
        .isEqualTo("[warning] DUPLICATE_ESCALATION raised on 見積り <急ぎ> & \"確認\"");

    JsonNode section = blocks.get(1).get("text");
    assertThat(section.get("type").asText()).isEqualTo("mrkdwn");
    assertThat(section.get("verbatim").asBoolean()).isTrue();
    assertThat(section.get("text").asText())
        .isEqualTo("*DUPLICATE_ESCALATION (warning)*: raised\nCallback promised &lt;today&gt;");

    List<String> fields = texts(blocks.get(2).get("fields"));
    assertThat(fields)
        .containsExactly(
            "*Matter*\nM-1 (見積り &lt;急ぎ&gt; &amp; \"確認\")",
            "*Team*\nt-ops (Operations &amp; Co)",
            "*Manager*\ns-boss (上司 &lt;b&gt;)",
            "*First raised*\n2026-11-26T10:12:00+09:00 (Asia/Tokyo)",
            "*Occurrences*\n2",
            "*State*\nopen",
            "*Alert*\na/1");
    assertThat(blocks.get(2).get("fields").findValuesAsText("type")).containsOnly("mrkdwn");

    assertThat(texts(blocks.get(3).get("elements")))
        .containsExactly(
            "`2026-11-26 10:12`  &lt;script&gt;alert('x')&lt;/script&gt;",
            "/crm#e9",
            "_3 earlier events on the page_");

    JsonNode buttons = blocks.get(4).get("elements");
    assertThat(buttons).hasSize(2);
    assertThat(buttons.get(0).get("type").asText()).isEqualTo("button");
    assertThat(buttons.get(0).get("text").get("text").asText()).isEqualTo("See the alert");
    assertThat(buttons.get(0).get("url").asText()).isEqualTo(LINK);
    assertThat(buttons.get(0).has("style")).isFalse();
    assertThat(buttons.get(1).get("text").get("text").asText()).isEqualTo("Acknowledge");
    assertThat(buttons.get(1).get("url").asText()).isEqualTo(ACK);
    assertThat(buttons.get(1).get("style").asText()).isEqualTo("primary");
    assertThat(buttons.findValuesAsText("action_id")).doesNotHaveDuplicates();
  }

  @Test
  void noSummaryMakesALinkOrAMentionInAnyMrkdwnText() {
    JsonNode m = message("raised", alert("<!channel> see <http://evil.example|here> & <@U1>"), ACK);

    List<String> mrkdwn = new ArrayList<>(List.of(m.get("text").asText()));
    for (JsonNode text : m.findParents("verbatim")) {
      mrkdwn.add(text.get("text").asText());
    }
    assertThat(mrkdwn).hasSizeGreaterThan(5);
    for (String text : mrkdwn) {
      assertThat(text).doesNotContain("<", ">").doesNotContainPattern("&(?!amp;|lt;|gt;)");
    }
    assertThat(m.get("blocks").get(1).get("text").get("text").asText())
        .endsWith("&lt;!channel&gt; see &lt;http://evil.example|here&gt; &amp; &lt;@U1&gt;");
  }

  @Test
  void aChangeThatAsksNothingHasNoAcknowledgeButton() {
    JsonNode m = message("acknowledged", alert("s", "acknowledged", null), null);

    JsonNode buttons = m.get("blocks").get(4).get("elements");
    assertThat(buttons).hasSize(1);
    assertThat(buttons.get(0).get("text").get("text").asText()).isEqualTo("See the alert");
    assertThat(m.get("blocks").get(1).get("text").get("text").asText())
        .startsWith("*DUPLICATE_ESCALATION (warning)*: acknowledged by s-ikumi (佐藤 いくみ)");
  }

  @Test
  void textsAreCutToSlacksBoundsWithoutSplittingAnEntityOrACharacter() {
    String summary = "&".repeat(5000);
    StoryExcerpts.Excerpt longStory =
        new StoryExcerpts.Excerpt(
            "題".repeat(3000),
            Map.of(),
            List.of(new StoryExcerpts.Line(null, "😀".repeat(2000))),
            0);
    String longLink = "http://page.example/?alert=" + "x".repeat(3000);
    JsonNode m =
        JSON.valueToTree(
            SlackMessage.of(
                "raised", alert(summary), longStory, new MessageLinks.Links(longLink, ACK)));

    JsonNode blocks = m.get("blocks");
    String header = blocks.get(0).get("text").get("text").asText();
    assertThat(header).hasSize(SlackMessage.MOST_HEADER).endsWith(MessageText.CUT);
    String section = blocks.get(1).get("text").get("text").asText();
    assertThat(section.length()).isLessThanOrEqualTo(SlackMessage.MOST_SECTION);
    assertThat(section).endsWith("&amp;" + MessageText.CUT);
    assertThat(m.get("text").asText().length()).isLessThanOrEqualTo(SlackMessage.MOST_SECTION);
    for (String field : texts(blocks.get(2).get("fields"))) {
      assertThat(field.length()).isLessThanOrEqualTo(SlackMessage.MOST_FIELD);
    }
    assertThat(texts(blocks.get(2).get("fields")).get(0)).endsWith("題" + MessageText.CUT);
    assertThat(blocks.get(2).get("fields").size()).isLessThanOrEqualTo(SlackMessage.MOST_FIELDS);
    String evidence = blocks.get(3).get("elements").get(0).get("text").asText();
    assertThat(evidence.length()).isLessThanOrEqualTo(SlackMessage.MOST_SECTION);
    assertThat(evidence).endsWith("😀" + MessageText.CUT);
    // a link that does not fit is left out, not sent broken
    JsonNode buttons = blocks.get(4).get("elements");
    assertThat(buttons).hasSize(1);
    assertThat(buttons.get(0).get("url").asText()).isEqualTo(ACK);
  }

  @Test
  void aCutKeepsWholeCharactersAndEscapesAndMarksTheCut() {
    assertThat(MessageText.cut("abc", 3)).isEqualTo("abc");
    assertThat(MessageText.cut("abcd", 3)).isEqualTo("ab…");
    assertThat(MessageText.cut("a😀😀", 4)).isEqualTo("a😀…");
    assertThat(MessageText.cut("a<b", 7, SlackMessage::escape)).isEqualTo("a&lt;b");
    assertThat(MessageText.cut("a<b<", 7, SlackMessage::escape)).isEqualTo("a&lt;b…");
    assertThat(MessageText.cut("ab<c", 5, SlackMessage::escape)).isEqualTo("ab…");
    assertThat(MessageText.cut(null, 3)).isEmpty();
  }

  private static JsonNode message(String event, dev.yakusoku.alerts.AlertView a, String ack) {
    return JSON.valueToTree(SlackMessage.of(event, a, STORY, new MessageLinks.Links(LINK, ack)));
  }

  private static List<String> types(JsonNode blocks) {
    List<String> types = new ArrayList<>();
    blocks.forEach(b -> types.add(b.get("type").asText()));
    return types;
  }

  private static List<String> texts(JsonNode elements) {
    List<String> texts = new ArrayList<>();
    elements.forEach(e -> texts.add(e.get("text").asText()));
    return texts;
  }
}
