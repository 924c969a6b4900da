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
