package dev.yakusoku.notifications;

import static dev.yakusoku.notifications.MessageFixtures.ACK;
import static dev.yakusoku.notifications.MessageFixtures.LINK;
import static dev.yakusoku.notifications.MessageFixtures.PAGE;
import static dev.yakusoku.notifications.MessageFixtures.STORY;
import static dev.yakusoku.notifications.MessageFixtures.alert;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yakusoku.alerts.AlertView;
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

  private static final String BOSS = " — s-boss (上司 &lt;b&gt;)";
  private static final String TO_ALERT = "<http://page.example/?view=team&amp;alert=";

  @Test
  void theDigestSaysItsCountsAndListsEachAlertLinkedToItsStoryLeavingTheRestToThePage() {
    Digest d =
        MessageFixtures.digest(
            "2026-12-01",
            "2026-11-30T00:00:00+09:00",
            new Digest.Counts(3, 1, 0, 1, 1),
            List.of(
                alert("a/1", "BROKEN_PROMISE", "critical", "Callback <today>\n& more"),
                alert("a/2", "STALLED_DEPENDENCY", "warning", " ")),
            List.of(alert("a/2", "STALLED_DEPENDENCY", "warning", null)),
            List.of());

    JsonNode m = JSON.valueToTree(SlackMessage.digest(d, MessageFixtures.links()));

    assertThat(m.get("text").asText())
        .isEqualTo(
            "Daily digest for Operations &amp; Co on Tue 2026-12-01: 3 open, 1 raised, 0 resolved");
    JsonNode blocks = m.get("blocks");
    assertThat(types(blocks))
        .containsExactly("header", "section", "section", "section", "section", "actions");
    JsonNode header = blocks.get(0).get("text");
    assertThat(header.get("type").asText()).isEqualTo("plain_text");
    assertThat(header.get("text").asText())
        .isEqualTo("Daily digest for Operations & Co on Tue 2026-12-01");
    assertThat(texts(blocks.get(1).get("fields")))
        .containsExactly(
            "*Open*\n3",
            "*Raised*\n1",
            "*Resolved*\n0",
            "*Broken promises*\n1",
            "*Stalled dependencies*\n1");
    assertThat(blocks.get(1).get("fields").findValuesAsText("type")).containsOnly("mrkdwn");
    for (int i = 2; i <= 4; i++) {
      assertThat(blocks.get(i).get("text").get("type").asText()).isEqualTo("mrkdwn");
      assertThat(blocks.get(i).get("text").get("verbatim").asBoolean()).isTrue();
    }
    assertThat(blocks.get(2).get("text").get("text").asText())
        .isEqualTo(
            "*Open (3)*\n• "
                + TO_ALERT
                + "a%2F1|BROKEN_PROMISE> Callback &lt;today&gt; &amp; more"
                + BOSS
                + "\n• "
                + TO_ALERT
                + "a%2F2|STALLED_DEPENDENCY>"
                + BOSS
                + "\n_and 1 more on the page_");
    assertThat(blocks.get(3).get("text").get("text").asText())
        .isEqualTo("*Raised yesterday (1)*\n• " + TO_ALERT + "a%2F2|STALLED_DEPENDENCY>" + BOSS);
    assertThat(blocks.get(4).get("text").get("text").asText()).isEqualTo("*Resolved (0)*\n_none_");

    JsonNode buttons = blocks.get(5).get("elements");
    assertThat(buttons).hasSize(1);
    assertThat(buttons.get(0).get("type").asText()).isEqualTo("button");
    assertThat(buttons.get(0).get("text").get("text").asText()).isEqualTo("See the page");
    assertThat(buttons.get(0).get("url").asText()).isEqualTo(PAGE);
    assertThat(buttons.get(0).get("action_id").asText()).isEqualTo("see-page");
    assertThat(buttons.get(0).has("style")).isFalse();
  }

  @Test
  void mondaysDigestTellsOfWhatWasRaisedSinceFriday() {
    Digest d =
        MessageFixtures.digest(
            "2026-11-30",
            "2026-11-27T00:00:00+09:00",
            new Digest.Counts(0, 0, 0, 0, 0),
            List.of(),
            List.of(),
            List.of());

    JsonNode blocks =
        JSON.valueToTree(SlackMessage.digest(d, MessageFixtures.links())).get("blocks");

    assertThat(blocks.get(3).get("text").get("text").asText())
        .isEqualTo("*Raised since Fri 2026-11-27 (0)*\n_none_");
    assertThat(blocks.get(0).get("text").get("text").asText())
        .isEqualTo("Daily digest for Operations & Co on Mon 2026-11-30");
  }

  @Test
  void noTypeSummaryOrPageAddressEndsADigestsLinkEarlyOrMakesAMention() {
    AlertView a =
        alert("a|1", "TYPE|<x>", "critical", "<!channel> see <http://evil.example|here> & <@U1>");
    Digest d =
        MessageFixtures.digest(
            "2026-12-01",
            "2026-11-30T00:00:00+09:00",
            new Digest.Counts(1, 0, 0, 0, 0),
            List.of(a),
            List.of(),
            List.of());

    JsonNode m =
        JSON.valueToTree(SlackMessage.digest(d, MessageFixtures.links("http://p.example/?x=a|b>")));

    String open = m.get("blocks").get(2).get("text").get("text").asText();
    assertThat(open)
        .isEqualTo(
            "*Open (1)*\n• <http://p.example/?x=a%7Cb&gt;&amp;alert=a%7C1|TYPE¦&lt;x&gt;>"
                + " &lt;!channel&gt; see &lt;http://evil.example|here&gt; &amp; &lt;@U1&gt;"
                + BOSS);
    // the one link is ours: take it away and no markup is left
    String link = open.substring(open.indexOf('<'), open.indexOf('>') + 1);
    assertThat(link).containsOnlyOnce("|").doesNotContain("&gt;|");
    List<String> mrkdwn = new ArrayList<>(List.of(m.get("text").asText(), open.replace(link, "")));
    for (JsonNode text : m.findParents("verbatim")) {
      if (!text.get("text").asText().equals(open)) {
        mrkdwn.add(text.get("text").asText());
      }
    }
    for (String text : mrkdwn) {
      assertThat(text).doesNotContain("<", ">").doesNotContainPattern("&(?!amp;|lt;|gt;)");
    }
  }

  @Test
  void aDigestOfManyAlertsKeepsToFiftyBlocksAndSectionsOfSlacksSizeAndSaysHowManyMore() {
    List<AlertView> many = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      many.add(alert("a-" + i, "BROKEN_PROMISE", "critical", "長&".repeat(400)));
    }
    Digest d =
        MessageFixtures.digest(
            "2026-12-01",
            "2026-11-30T00:00:00+09:00",
            new Digest.Counts(400, 150, 20, 0, 0),
            many,
            many,
            many.subList(0, 20));

    JsonNode blocks =
        JSON.valueToTree(SlackMessage.digest(d, MessageFixtures.links())).get("blocks");

    assertThat(blocks.size()).isLessThanOrEqualTo(SlackMessage.MOST_BLOCKS);
    assertThat(types(blocks).get(blocks.size() - 1)).isEqualTo("actions");
    Map<String, List<String>> lists = new java.util.LinkedHashMap<>();
    List<String> current = null;
    for (int i = 2; i < blocks.size() - 1; i++) {
      String text = blocks.get(i).get("text").get("text").asText();
      assertThat(text.length()).isLessThanOrEqualTo(SlackMessage.MOST_SECTION);
      if (text.startsWith("*")) {
        current = new ArrayList<>();
        lists.put(text.substring(0, text.indexOf('\n')), current);
      }
      current.addAll(List.of(text.split("\n")));
    }
    assertThat(lists)
        .containsOnlyKeys("*Open (400)*", "*Raised yesterday (150)*", "*Resolved (20)*");
    List<String> open = lists.get("*Open (400)*");
    long openShown = open.stream().filter(l -> l.startsWith("• ")).count();
    assertThat(open.get(open.size() - 1))
        .isEqualTo("_and " + (400 - openShown) + " more on the page_");
    List<String> raised = lists.get("*Raised yesterday (150)*");
    long raisedShown = raised.stream().filter(l -> l.startsWith("• ")).count();
    assertThat(raisedShown).isPositive().isLessThan(150);
    assertThat(raised.get(raised.size() - 1))
        .isEqualTo("_and " + (150 - raisedShown) + " more on the page_");
    assertThat(lists.get("*Resolved (20)*"))
        .as("the last list has the blocks the others left")
        .filteredOn(l -> l.startsWith("• "))
        .hasSize(20);
    assertThat(lists.get("*Resolved (20)*")).noneMatch(l -> l.contains("more on the page"));
    String line = open.get(1);
    assertThat(line)
        .startsWith("• " + TO_ALERT + "a-0|BROKEN_PROMISE> 長&amp;")
        .endsWith(MessageText.CUT + BOSS);
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
