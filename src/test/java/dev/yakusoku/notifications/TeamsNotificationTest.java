package dev.yakusoku.notifications;

import static dev.yakusoku.notifications.LoopbackReceiver.acknowledgesAsItsManager;
import static dev.yakusoku.notifications.LoopbackReceiver.citedHeadlines;
import static dev.yakusoku.notifications.LoopbackReceiver.duplicateEscalation;
import static dev.yakusoku.notifications.LoopbackReceiver.loggedAsSent;
import static dev.yakusoku.notifications.LoopbackReceiver.removeReceiver;
import static dev.yakusoku.notifications.LoopbackReceiver.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yakusoku.support.LiveService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Teams receiver's webhook, on loopback, gets each change of its team's alerts as a message
 * carrying an Adaptive Card; its Acknowledge action acknowledges the alert as its manager, and the
 * card that tells of it has no such action. One with {@code digest} is posted its team's daily
 * digest at the start of the team's business day.
 */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "admin"})
class TeamsNotificationTest {
  private static final String PAGE = "http://localhost:8080";
  private static LoopbackReceiver teams;

  @Inject LiveService live;
  @Inject DailyDigest digest;

  @BeforeAll
  static void startTeams() {
    teams = LoopbackReceiver.started("/workflows/triggers/manual/paths/invoke");
  }

  @AfterAll
  static void stopTeams() {
    teams.stop();
  }

  @BeforeEach
  void freshServiceAndReceiver() {
    // what a Workflows webhook answers a message it takes
    teams.freshServiceWith(live, "ops-teams", "teams", 202, "");
  }

  @AfterEach
  void removeTheReceiver() {
    removeReceiver("ops-teams");
  }

  @Test
  void theRaisedAlertIsPostedAsAnAdaptiveCardAndItsAcknowledgeActionAcknowledgesAsItsManager() {
    live.postStoryEvents("e1", "e2", "e3", "e4");
    JsonNode raised = teams.awaitPosted(1).get(0);
    JsonPath alert = duplicateEscalation();
    String id = alert.getString("id");
    String link = PAGE + "/?alert=" + URLEncoder.encode(id, StandardCharsets.UTF_8);

    JsonNode card = TeamsMessageTest.cardOf(raised);

    JsonNode body = card.get("body");
    assertThat(body.get(0).get("type").asText()).isEqualTo("TextBlock");
    assertThat(body.get(0).get("text").asText())
        .isEqualTo("[warning] DUPLICATE_ESCALATION raised on 急ぎの見積り対応");
    assertThat(body.get(0).get("weight").asText()).isEqualTo("bolder");
    assertThat(body.get(0).get("size").asText()).isEqualTo("medium");
    assertThat(body.get(0).get("wrap").asBoolean()).isTrue();
    assertThat(body.get(1).get("text").asText())
        .isEqualTo("DUPLICATE_ESCALATION (warning): raised");
    assertThat(body.get(2).get("text").asText()).isEqualTo(alert.getString("summary"));
    assertThat(body.get(2).get("wrap").asBoolean()).isTrue();
    JsonNode facts = body.get(3);
    assertThat(facts.get("type").asText()).isEqualTo("FactSet");
    assertThat(texts(facts.get("facts"), "title"))
        .contains("Matter", "Team", "Manager", "First raised", "State");
    assertThat(texts(facts.get("facts"), "value"))
        .contains(
            "M-1 (急ぎの見積り対応)",
            "t-ops (Operations 2)",
            "s-ikumi (佐藤 いくみ)",
            alert.getString("firstRaisedAt") + " (Asia/Tokyo)",
            "open");

    // the latest events the alert cites, in subtle text
    List<String> cited = citedHeadlines(id);
    assertThat(body).hasSize(4 + cited.size());
    for (int i = 0; i < cited.size(); i++) {
      JsonNode line = body.get(4 + i);
      assertThat(line.get("type").asText()).isEqualTo("TextBlock");
      assertThat(line.get("isSubtle").asBoolean()).isTrue();
      assertThat(line.get("wrap").asBoolean()).isTrue();
      assertThat(line.get("text").asText()).endsWith("  " + cited.get(i));
    }

    JsonNode actions = card.get("actions");
    assertThat(texts(actions, "type")).containsOnly("Action.OpenUrl");
    assertThat(texts(actions, "title")).containsExactly("See the alert", "Acknowledge");
    assertThat(actions.get(0).get("url").asText()).isEqualTo(link);
    acknowledgesAsItsManager(actions.get(1).get("url").asText(), id);

    JsonNode acknowledged = TeamsMessageTest.cardOf(teams.awaitPosted(2).get(1));
    assertThat(acknowledged.get("body").get(1).get("text").asText())
        .isEqualTo("DUPLICATE_ESCALATION (warning): acknowledged by s-ikumi (佐藤 いくみ)");
    assertThat(texts(acknowledged.get("actions"), "title"))
        .as("a change that asks nothing has no Acknowledge action")
        .containsExactly("See the alert");

    loggedAsSent(id, "ops-teams", "teams", "raised", "acknowledged");
  }

  @Test
  void aReceiverWithDigestIsPostedOneDigestAtTheStartOfTheTeamsBusinessDay() {
    JsonNode m;
    try {
      m = teams.digestPostedOnMonday(live, digest, "ops-teams-digest", "teams");
    } finally {
      removeReceiver("ops-teams-digest");
    }
    String person = " — s-ikumi (佐藤 いくみ)";

    JsonNode card = TeamsMessageTest.cardOf(m);

    JsonNode body = card.get("body");
    assertThat(body.get(0).get("type").asText()).isEqualTo("TextBlock");
    assertThat(body.get(0).get("text").asText())
        .isEqualTo("Daily digest for Operations 2 on Mon 2026-11-30");
    assertThat(body.get(0).get("weight").asText()).isEqualTo("bolder");
    assertThat(body.get(0).get("size").asText()).isEqualTo("medium");
    assertThat(body.get(1).get("type").asText()).isEqualTo("FactSet");
    assertThat(texts(body.get(1).get("facts"), "title"))
        .containsExactly("Open", "Raised", "Resolved", "Broken promises", "Stalled dependencies");
    assertThat(texts(body.get(1).get("facts"), "value")).containsExactly("2", "1", "1", "1", "1");
    List<JsonNode> rest = new java.util.ArrayList<>();
    body.forEach(rest::add);
    rest = rest.subList(2, rest.size());
    assertThat(rest).allSatisfy(b -> assertThat(b.get("type").asText()).isEqualTo("TextBlock"));
    assertThat(rest).allSatisfy(b -> assertThat(b.get("wrap").asBoolean()).isTrue());
    String stalled = "STALLED_DEPENDENCY: 部品の回答待ち" + person;
    assertThat(rest)
        .extracting(b -> b.get("text").asText())
        .containsExactly(
            "Open (2)",
            "BROKEN_PROMISE: " + LoopbackReceiver.DIGEST_SUMMARY.replace("](", "]\u200B(") + person,
            stalled,
            "Raised since Fri 2026-11-27 (1)",
            stalled,
            "Resolved (1)",
            "DUPLICATE_ESCALATION: 二度目のエスカレーション" + person);
    assertThat(card.get("actions")).hasSize(1);
    assertThat(card.get("actions").get(0).get("type").asText()).isEqualTo("Action.OpenUrl");
    assertThat(card.get("actions").get(0).get("title").asText()).isEqualTo("See the page");
    assertThat(card.get("actions").get(0).get("url").asText()).isEqualTo(PAGE + "/");
  }
}
