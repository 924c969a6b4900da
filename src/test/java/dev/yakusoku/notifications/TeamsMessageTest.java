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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Teams message: one Adaptive Card, its text shown as written, within bounds. */
class TeamsMessageTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theMessageIsOneAdaptiveCardWithTitleSummaryFactsEvidenceAndActions() {
    JsonNode m = message("raised", alert("Callback promised **today**"), ACK);

    JsonNode card = cardOf(m);

    JsonNode body = card.get("body");
    JsonNode title = body.get(0);
    assertThat(title.get("type").asText()).isEqualTo("TextBlock");
    assertThat(title.get("text").asText())
        .isEqualTo("[warning] DUPLICATE_ESCALATION raised on 見積り <急ぎ> & \"確認\"");
    assertThat(title.get("weight").asText()).isEqualTo("bolder");
    assertThat(title.get("size").asText()).isEqualTo("medium");
    assertThat(title.get("wrap").asBoolean()).isTrue();
    assertThat(body.get(1).get("text").asText())
        .isEqualTo("DUPLICATE_ESCALATION (warning): raised");
    assertThat(body.get(2).get("text").asText()).isEqualTo("Callback promised **today**");
    assertThat(body.get(2).get("wrap").asBoolean()).isTrue();

    JsonNode facts = body.get(3);
    assertThat(facts.get("type").asText()).isEqualTo("FactSet");
    assertThat(facts.get("facts").findValuesAsText("title"))
        .containsExactly(
            "Matter", "Team", "Manager", "First raised", "Occurrences", "State", "Alert");
    assertThat(facts.get("facts").get(1).get("value").asText())
        .isEqualTo("t-ops (Operations & Co)");
    assertThat(facts.get("facts").get(2).get("value").asText()).isEqualTo("s-boss (上司 <b>)");

    List<JsonNode> evidence = new ArrayList<>();
    body.forEach(b -> evidence.add(b));
    evidence.subList(0, 4).clear();
    assertThat(evidence)
        .extracting(e -> e.get("text").asText())
        .containsExactly(
            "2026-11-26 10:12  <script>alert('x')</script>",
            "/crm#e9",
            "3 earlier events on the page");
    assertThat(evidence)
        .allSatisfy(
            e -> {
              assertThat(e.get("type").asText()).isEqualTo("TextBlock");
              assertThat(e.get("isSubtle").asBoolean()).isTrue();
              assertThat(e.get("wrap").asBoolean()).isTrue();
            });

    JsonNode actions = card.get("actions");
    assertThat(actions).hasSize(2);
    assertThat(actions.findValuesAsText("type")).containsOnly("Action.OpenUrl");
    assertThat(actions.get(0).get("title").asText()).isEqualTo("See the alert");
    assertThat(actions.get(0).get("url").asText()).isEqualTo(LINK);
    assertThat(actions.get(1).get("title").asText()).isEqualTo("Acknowledge");
    assertThat(actions.get(1).get("url").asText()).isEqualTo(ACK);
  }

  @Test
  void textFromOutsideMakesNoMarkdownLink() {
    JsonNode m = message("raised", alert("see [the form](https://evil.example/login) now"), ACK);

    for (JsonNode text : m.findValues("text")) {
      assertThat(text.asText()).doesNotContain("](");
    }
    assertThat(m.findValues("value")).allSatisfy(v -> assertThat(v.asText()).doesNotContain("]("));
    JsonNode summary = cardOf(m).get("body").get(2);
    assertThat(summary.get("text").asText())
        .isEqualTo("see [the form]\u200B(https://evil.example/login) now");
  }

  @Test
  void aChangeThatAsksNothingHasNoAcknowledgeActionAndLongTextsAreCut() {
    JsonNode m = message("resolved", alert("長".repeat(5000), "resolved", null), null);

    JsonNode card = cardOf(m);
    assertThat(card.get("actions")).hasSize(1);
    assertThat(card.get("actions").get(0).get("title").asText()).isEqualTo("See the alert");
    assertThat(card.get("body").get(1).get("text").asText())
        .isEqualTo("DUPLICATE_ESCALATION (warning): resolved by s-ikumi (佐藤 いくみ): called back");
    String summary = card.get("body").get(2).get("text").asText();
    assertThat(summary).hasSize(TeamsMessage.MOST_TEXT).endsWith("長" + MessageText.CUT);
  }

  @Test
  void theDigestIsACardOfItsCountsAndOfALinePerAlertLeavingTheRestToThePage() {
    Digest d =
        MessageFixtures.digest(
            "2026-12-01",
            "2026-11-30T00:00:00+09:00",
            new Digest.Counts(3, 1, 0, 1, 1),
            List.of(
                alert("a/1", "BROKEN_PROMISE", "critical", "Callback <today>\n& **more**"),
                alert("a/2", "STALLED_DEPENDENCY", "warning", " ")),
            List.of(alert("a/2", "STALLED_DEPENDENCY", "warning", null)),
            List.of());

    JsonNode card = cardOf(JSON.valueToTree(TeamsMessage.digest(d, MessageFixtures.links())));

    JsonNode body = card.get("body");
    assertThat(body.findValuesAsText("type"))
        .containsExactly(
            "TextBlock",
            "FactSet",
            "TextBlock",
            "TextBlock",
            "TextBlock",
            "TextBlock",
            "TextBlock",
            "TextBlock",
            "TextBlock",
            "TextBlock");
    assertThat(body.get(0).get("text").asText())
        .isEqualTo("Daily digest for Operations & Co on Tue 2026-12-01");
    assertThat(body.get(0).get("weight").asText()).isEqualTo("bolder");
    assertThat(body.get(0).get("size").asText()).isEqualTo("medium");
    JsonNode facts = body.get(1).get("facts");
    assertThat(facts.findValuesAsText("title"))
        .containsExactly("Open", "Raised", "Resolved", "Broken promises", "Stalled dependencies");
    assertThat(facts.findValuesAsText("value")).containsExactly("3", "1", "0", "1", "1");
    List<String> texts = new ArrayList<>();
    for (int i = 2; i < body.size(); i++) {
      texts.add(body.get(i).get("text").asText());
      assertThat(body.get(i).get("wrap").asBoolean()).isTrue();
    }
    assertThat(texts)
        .containsExactly(
            "Open (3)",
            "BROKEN_PROMISE: Callback <today> & **more** — s-boss (上司 <b>)",
            "STALLED_DEPENDENCY — s-boss (上司 <b>)",
            "and 1 more on the page",
            "Raised yesterday (1)",
            "STALLED_DEPENDENCY — s-boss (上司 <b>)",
            "Resolved (0)",
            "none");
    for (int i : new int[] {2, 6, 8}) {
      assertThat(body.get(i).get("weight").asText()).as("a heading").isEqualTo("bolder");
      assertThat(body.get(i).has("isSubtle")).isFalse();
    }
    for (int i : new int[] {3, 4, 7}) {
      assertThat(body.get(i).has("weight")).as("an alert's line").isFalse();
      assertThat(body.get(i).has("isSubtle")).isFalse();
    }
    for (int i : new int[] {5, 9}) {
      assertThat(body.get(i).get("isSubtle").asBoolean()).isTrue();
    }

    JsonNode actions = card.get("actions");
    assertThat(actions).hasSize(1);
    assertThat(actions.get(0).get("type").asText()).isEqualTo("Action.OpenUrl");
    assertThat(actions.get(0).get("title").asText()).isEqualTo("See the page");
    assertThat(actions.get(0).get("url").asText()).isEqualTo(PAGE);
    assertThat(actions.get(0).has("style")).isFalse();
  }

  @Test
  void noSummaryOrNameInADigestMakesAMarkdownLink() {
    AlertView a =
        alert("a/1", "BROKEN_PROMISE", "critical", "see [the form](https://evil.example)");
    Digest d =
        MessageFixtures.digest(
            "2026-11-30",
            "2026-11-27T00:00:00+09:00",
            new Digest.Counts(1, 1, 0, 1, 0),
            List.of(a),
            List.of(a),
            List.of());
    Digest named =
        new Digest(
            d.team(),
            d.zone(),
            d.day(),
            d.since(),
            d.until(),
            d.counts(),
            d.open(),
            d.raised(),
            d.resolved(),
            java.util.Map.of("t-ops", "[Ops](https://evil.example)", "s-boss", "[b](x)"));

    JsonNode m = JSON.valueToTree(TeamsMessage.digest(named, MessageFixtures.links()));

    for (JsonNode text : m.findValues("text")) {
      assertThat(text.asText()).doesNotContain("](");
    }
    JsonNode body = cardOf(m).get("body");
    assertThat(body.get(0).get("text").asText())
        .isEqualTo("Daily digest for [Ops]\u200B(https://evil.example) on Mon 2026-11-30");
    assertThat(body.get(3).get("text").asText())
        .isEqualTo(
            "BROKEN_PROMISE: see [the form]\u200B(https://evil.example) — s-boss ([b]\u200B(x))");
    assertThat(body.get(4).get("text").asText()).isEqualTo("Raised since Fri 2026-11-27 (1)");
  }

  @Test
  void aDigestOfManyAlertsKeepsTheCardWellUnderTeamsSizeAndSaysHowManyMore() throws Exception {
    List<AlertView> many = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      many.add(alert("a-" + i, "BROKEN_PROMISE", "critical", "長".repeat(1000)));
    }
    Digest d =
        MessageFixtures.digest(
            "2026-12-01",
            "2026-11-30T00:00:00+09:00",
            new Digest.Counts(400, 150, 3, 0, 0),
            many,
            many,
            many.subList(0, 3));

    JsonNode m = JSON.valueToTree(TeamsMessage.digest(d, MessageFixtures.links()));

    assertThat(JSON.writeValueAsString(m).getBytes(StandardCharsets.UTF_8).length)
        .as("bytes of the message")
        .isLessThan(24_000);
    List<String> texts = new ArrayList<>();
    cardOf(m).get("body").forEach(b -> texts.add(b.path("text").asText()));
    int open = texts.indexOf("Open (400)");
    int raised = texts.indexOf("Raised yesterday (150)");
    int resolved = texts.indexOf("Resolved (3)");
    assertThat(open).isPositive().isLessThan(raised);
    assertThat(raised).isLessThan(resolved);
    int openShown = raised - open - 2;
    int raisedShown = resolved - raised - 2;
    assertThat(openShown).isPositive();
    assertThat(raisedShown).isPositive();
    assertThat(texts.get(raised - 1)).isEqualTo("and " + (400 - openShown) + " more on the page");
    assertThat(texts.get(resolved - 1))
        .isEqualTo("and " + (150 - raisedShown) + " more on the page");
    assertThat(texts.subList(resolved + 1, texts.size()))
        .as("the last list has the room the others left")
        .hasSize(3)
        .allSatisfy(
            t ->
                assertThat(t)
                    .startsWith("BROKEN_PROMISE: 長")
                    .endsWith(MessageText.CUT + " — s-boss (上司 <b>)"));
  }

  /** The card of a Teams message, once its envelope is as Teams documents it. */
  static JsonNode cardOf(JsonNode message) {
    assertThat(message.get("type").asText()).isEqualTo("message");
    assertThat(message.get("attachments")).hasSize(1);
    JsonNode attachment = message.get("attachments").get(0);
    assertThat(attachment.get("contentType").asText())
        .isEqualTo("application/vnd.microsoft.card.adaptive");
    assertThat(attachment.has("contentUrl")).isTrue();
    assertThat(attachment.get("contentUrl").isNull()).isTrue();
    JsonNode card = attachment.get("content");
    assertThat(card.get("$schema").asText())
        .isEqualTo("http://adaptivecards.io/schemas/adaptive-card.json");
    assertThat(card.get("type").asText()).isEqualTo("AdaptiveCard");
    assertThat(card.get("version").asText()).isEqualTo("1.4");
    return card;
  }

  private static JsonNode message(String event, dev.yakusoku.alerts.AlertView a, String ack) {
    return JSON.valueToTree(TeamsMessage.of(event, a, STORY, new MessageLinks.Links(LINK, ack)));
  }
}
