package dev.yakusoku.notifications;

import static dev.yakusoku.notifications.LoopbackReceiver.acknowledgesAsItsManager;
import static dev.yakusoku.notifications.LoopbackReceiver.citedHeadlines;
import static dev.yakusoku.notifications.LoopbackReceiver.duplicateEscalation;
import static dev.yakusoku.notifications.LoopbackReceiver.loggedAsSent;
import static dev.yakusoku.notifications.LoopbackReceiver.removeReceiver;
import static dev.yakusoku.notifications.LoopbackReceiver.texts;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yakusoku.support.LiveService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Slack receiver's incoming webhook, on loopback, gets each change of its team's alerts as Block
 * Kit blocks; the Acknowledge button acknowledges the alert as its manager, and the message that
 * tells of it has no such button. One with {@code digest} is posted its team's daily digest at the
 * start of the team's business day.
 */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "admin"})
class SlackNotificationTest {
  private static final String PAGE = "http://localhost:8080";
  private static LoopbackReceiver slack;

  @Inject LiveService live;
  @Inject DailyDigest digest;

  @BeforeAll
  static void startSlack() {
    slack = LoopbackReceiver.started("/services/T000/B000/XXXX");
  }

  @AfterAll
  static void stopSlack() {
    slack.stop();
  }

  @BeforeEach
  void freshServiceAndReceiver() {
    // what Slack's incoming webhooks answer a message they take
    slack.freshServiceWith(live, "ops-slack", "slack", 200, "ok");
  }

  @AfterEach
  void removeTheReceiver() {
    removeReceiver("ops-slack");
  }

  @Test
  void theRaisedAlertIsPostedAsBlocksAndItsAcknowledgeButtonAcknowledgesAsItsManager() {
    live.postStoryEvents("e1", "e2", "e3", "e4");
    JsonNode raised = slack.awaitPosted(1).get(0);
    JsonPath alert = duplicateEscalation();
    String id = alert.getString("id");
    String summary = alert.getString("summary");
    String link = PAGE + "/?alert=" + URLEncoder.encode(id, StandardCharsets.UTF_8);

    assertThat(raised.get("text").asText())
        .isEqualTo(
            "[warning] DUPLICATE_ESCALATION raised on 急ぎの見積り対応: " + SlackMessage.escape(summary));
    JsonNode blocks = raised.get("blocks");
    assertThat(texts(blocks, "type"))
        .containsExactly("header", "section", "section", "context", "actions");
    assertThat(blocks.get(0).get("text").get("type").asText()).isEqualTo("plain_text");
    assertThat(blocks.get(0).get("text").get("text").asText())
        .isEqualTo("[warning] DUPLICATE_ESCALATION raised on 急ぎの見積り対応");
    assertThat(blocks.get(1).get("text").get("type").asText()).isEqualTo("mrkdwn");
    assertThat(blocks.get(1).get("text").get("text").asText())
        .isEqualTo("*DUPLICATE_ESCALATION (warning)*: raised\n" + SlackMessage.escape(summary));
    assertThat(texts(blocks.get(2).get("fields"), "type")).containsOnly("mrkdwn");
    assertThat(texts(blocks.get(2).get("fields"), "text"))
        .contains(
            "*Matter*\nM-1 (急ぎの見積り対応)",
            "*Team*\nt-ops (Operations 2)",
            "*Manager*\ns-ikumi (佐藤 いくみ)",
            "*First raised*\n" + alert.getString("firstRaisedAt") + " (Asia/Tokyo)",
            "*State*\nopen");

    List<String> cited = citedHeadlines(id);
    List<String> context = texts(blocks.get(3).get("elements"), "text");
    assertThat(context).hasSameSizeAs(cited);
    for (int i = 0; i < cited.size(); i++) {
      assertThat(context.get(i)).endsWith("`  " + SlackMessage.escape(cited.get(i)));
    }

    JsonNode buttons = blocks.get(4).get("elements");
    assertThat(buttons)
        .extracting(b -> b.get("text").get("text").asText())
        .containsExactly("See the alert", "Acknowledge");
    assertThat(buttons.get(0).get("url").asText()).isEqualTo(link);
    assertThat(buttons.get(1).get("style").asText()).isEqualTo("primary");
    acknowledgesAsItsManager(buttons.get(1).get("url").asText(), id);

    JsonNode acknowledged = slack.awaitPosted(2).get(1);
    assertThat(acknowledged.get("text").asText())
        .startsWith("[warning] DUPLICATE_ESCALATION acknowledged on 急ぎの見積り対応: ");
    assertThat(acknowledged.get("blocks").get(1).get("text").get("text").asText())
        .startsWith("*DUPLICATE_ESCALATION (warning)*: acknowledged by s-ikumi (佐藤 いくみ)\n");
    assertThat(acknowledged.get("blocks").get(4).get("elements"))
        .extracting(b -> b.get("text").get("text").asText())
        .as("a change that asks nothing has no Acknowledge button")
        .containsExactly("See the alert");

    loggedAsSent(id, "ops-slack", "slack", "raised", "acknowledged");
  }

  @Test
  void aReceiverWithDigestIsPostedOneDigestAtTheStartOfTheTeamsBusinessDay() {
    JsonNode m;
    try {
      m = slack.digestPostedOnMonday(live, digest, "ops-slack-digest", "slack");
    } finally {
      removeReceiver("ops-slack-digest");
    }
    String person = " — s-ikumi (佐藤 いくみ)";
    String link = "<" + PAGE + "/?alert=";

    assertThat(m.get("text").asText())
        .isEqualTo("Daily digest for Operations 2 on Mon 2026-11-30: 2 open, 1 raised, 1 resolved");
    JsonNode blocks = m.get("blocks");
    assertThat(texts(blocks, "type"))
        .containsExactly("header", "section", "section", "section", "section", "actions");
    assertThat(blocks.get(0).get("text").get("type").asText()).isEqualTo("plain_text");
    assertThat(blocks.get(0).get("text").get("text").asText())
        .isEqualTo("Daily digest for Operations 2 on Mon 2026-11-30");
    assertThat(texts(blocks.get(1).get("fields"), "type")).containsOnly("mrkdwn");
    assertThat(texts(blocks.get(1).get("fields"), "text"))
        .containsExactly(
            "*Open*\n2",
            "*Raised*\n1",
            "*Resolved*\n1",
            "*Broken promises*\n1",
            "*Stalled dependencies*\n1");
    List<String> lists = new java.util.ArrayList<>();
    for (int i = 2; i <= 4; i++) {
      assertThat(blocks.get(i).get("text").get("type").asText()).isEqualTo("mrkdwn");
      lists.add(blocks.get(i).get("text").get("text").asText());
    }
    String stalled = "• " + link + "a-ch-stalled|STALLED_DEPENDENCY> 部品の回答待ち" + person;
    assertThat(lists)
        .containsExactly(
            "*Open (2)*\n• "
                + link
                + "a-ch-broken|BROKEN_PROMISE> "
                + SlackMessage.escape(LoopbackReceiver.DIGEST_SUMMARY)
                + person
                + "\n"
                + stalled,
            "*Raised since Fri 2026-11-27 (1)*\n" + stalled,
            "*Resolved (1)*\n• "
                + link
                + "a-ch-resolved|DUPLICATE_ESCALATION> 二度目のエスカレーション"
                + person);
    JsonNode button = blocks.get(5).get("elements").get(0);
    assertThat(blocks.get(5).get("elements")).hasSize(1);
    assertThat(button.get("text").get("text").asText()).isEqualTo("See the page");
    assertThat(button.get("url").asText()).isEqualTo(PAGE + "/");
  }

  @Test
  void aMessageSlackRefusesIsAFailedDeliveryWithSlacksAnswer() {
    slack.answers(400, "invalid_blocks");
    live.postStoryEvents("e1", "e2", "e3", "e4");
    String id = duplicateEscalation().getString("id");

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                given()
                    .get("/api/v1/alerts/" + id + "/notifications")
                    .then()
                    .body("status", contains("failed"))
                    .body("kind", contains("slack"))
                    .body("[0].error", containsString("400"))
                    .body("[0].error", containsString("invalid_blocks")));
  }
}
