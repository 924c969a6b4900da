package dev.yakusoku;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yakusoku.support.LiveService;
import dev.yakusoku.support.SignedIn;
import dev.yakusoku.support.Stories;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The README's walk through the story, request by request, against the running service days after
 * the story happened, as a newcomer runs it: every answer the README shows is the answer given. The
 * expected answers are read from README.md itself, so the README cannot drift from the service.
 */
@QuarkusTest
class ReadmeWalkThroughTest {
  private static final Path README = Path.of("README.md");

  @Inject LiveService live;

  private List<String> readme;

  @BeforeEach
  void daysAfterTheStory() throws IOException {
    live.resetAt("2026-12-02T09:00:00+09:00");
    readme = Files.readAllLines(README);
  }

  @Test
  void everyAnswerTheWalkThroughShowsIsTheAnswerGiven() throws IOException {
    ObjectNode story = Stories.story();
    for (JsonNode team : story.get("teams")) {
      SignedIn.as(SignedIn.ADMIN)
          .contentType("application/json")
          .body(utf8(team))
          .put("/api/v1/teams/" + team.get("id").asText())
          .then()
          .statusCode(201);
    }
    for (JsonNode party : story.get("parties")) {
      SignedIn.as(SignedIn.ADMIN)
          .contentType("application/json")
          .body(utf8(party))
          .put("/api/v1/parties/" + party.get("id").asText())
          .then()
          .statusCode(201);
    }

    String accepted =
        SignedIn.as(SignedIn.INGEST)
            .contentType("application/cloudevents-batch+json")
            .body(utf8(story.get("events")))
            .post("/api/v1/events")
            .then()
            .statusCode(202)
            .extract()
            .asString();
    assertThat(json(accepted)).isEqualTo(json(shownAfter("api/v1/events").get(0)));
    live.awaitAlerts("type=STALLED_DEPENDENCY", 1);

    JsonNode duplicate =
        json(SignedIn.as(SignedIn.IKUMI)
                .get("/api/v1/alerts?type=DUPLICATE_ESCALATION")
                .then()
                .statusCode(200)
                .extract()
                .asString())
            .get(0);
    JsonNode shown = json(String.join("\n", shownAfter("type=DUPLICATE_ESCALATION")));
    assertThat(fields(duplicate, shown)).isEqualTo(shown);

    List<JsonNode> shownFeed = shownAfter("api/v1/alerts'").stream().map(this::json).toList();
    List<JsonNode> feed = new ArrayList<>();
    json(SignedIn.as(SignedIn.IKUMI)
            .get("/api/v1/alerts")
            .then()
            .statusCode(200)
            .extract()
            .asString())
        .forEach(a -> feed.add(fields(a, shownFeed.get(0))));
    assertThat(feed).containsExactlyInAnyOrderElementsOf(shownFeed);

    List<JsonNode> scenario = new ArrayList<>();
    JsonNode firstShown = json(shownAfter("api/v1/scenarios/run").get(0));
    json(SignedIn.as(SignedIn.AUTHOR)
            .contentType("application/json")
            .body(utf8(story))
            .post("/api/v1/scenarios/run")
            .then()
            .statusCode(200)
            .extract()
            .asString())
        .get("alerts")
        .forEach(a -> scenario.add(fields(a, firstShown)));
    assertThat(scenario)
        .containsExactlyElementsOf(
            shownAfter("api/v1/scenarios/run").stream().map(this::json).toList());
  }

  /**
   * The answer the README shows under the first command that mentions {@code command}: its comment
   * lines, each a JSON value, or one JSON value over several lines.
   */
  private List<String> shownAfter(String command) {
    int at = readme.indexOf("## A walk through the story");
    while (!(readme.get(at).contains("localhost:8080") && readme.get(at).contains(command))) {
      at++;
    }
    while (!readme.get(at).startsWith("# ")) {
      at++;
    }
    List<String> shown = new ArrayList<>();
    StringBuilder value = new StringBuilder();
    for (; at < readme.size() && readme.get(at).startsWith("# "); at++) {
      String line = readme.get(at).substring(2);
      value.append(line).append('\n');
      if (balanced(value)) {
        shown.add(value.toString());
        value.setLength(0);
      }
    }
    return shown;
  }

  private static boolean balanced(CharSequence text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      depth += c == '{' || c == '[' ? 1 : c == '}' || c == ']' ? -1 : 0;
    }
    return depth == 0;
  }

  /** {@code alert} cut down to the fields {@code shown} has, as the README's jq filter does. */
  private static JsonNode fields(JsonNode alert, JsonNode shown) {
    ObjectNode cut = Stories.JSON.createObjectNode();
    shown.fieldNames().forEachRemaining(f -> cut.set(f, alert.get(f)));
    return cut;
  }

  /** A body as curl sends it: UTF-8, whatever the media type says. */
  private static byte[] utf8(JsonNode body) {
    return body.toString().getBytes(StandardCharsets.UTF_8);
  }

  private JsonNode json(String text) {
    try {
      return Stories.JSON.readTree(text);
    } catch (IOException e) {
      throw new IllegalStateException("not JSON: " + text, e);
    }
  }
}
