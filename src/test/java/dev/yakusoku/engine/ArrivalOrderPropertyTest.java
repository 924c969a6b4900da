package dev.yakusoku.engine;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yakusoku.alerts.AlertBacklog;
import dev.yakusoku.support.ComparedAlerts;
import dev.yakusoku.support.LiveService;
import dev.yakusoku.support.Stories;
import dev.yakusoku.support.StoryHistories;
import dev.yakusoku.support.StoryHistories.History;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Contract section 1, "Arrival order", as a property: for generated story-like histories posted
 * live in random order, random batches and random lateness, the feed's unresolved alerts equal
 * those of a scenario run of the same events up to the same time, every alert the scenario raises
 * is in the feed, and any other is resolved. A failing history is shrunk to the fewest events that
 * still fail, and printed with its seed ({@code -Dproperty.seed} runs one seed, {@code
 * -Dproperty.cases} sets how many).
 */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "rule-author", "admin"})
class ArrivalOrderPropertyTest {
  private static final DateTimeFormatter RFC_3339 =
      DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneId.of("Asia/Tokyo"));

  @Inject LiveService live;
  @Inject LiveEngines engine;
  @Inject EngineBacklog engineBacklog;
  @Inject AlertBacklog alertBacklog;

  @Test
  void theFeedFollowsTheEventsByTimeWhateverOrderBatchingAndLatenessTheyArriveIn() {
    int cases = Integer.getInteger("property.cases", 150);
    Long only = Long.getLong("property.seed");
    for (int c = 0; c < (only == null ? cases : 1); c++) {
      History history = StoryHistories.of(only == null ? 0x5eed0000L + c : only);
      String broken = violation(history);
      if (broken != null) {
        History minimal = shrink(history);
        throw new AssertionError(
            "the arrival-order invariant does not hold: "
                + violation(minimal)
                + "\nshrunk to the "
                + minimal.events().size()
                + " events of "
                + minimal);
      }
    }
  }

  /** Fewer events, as long as the invariant still fails. */
  private History shrink(History failing) {
    History smallest = failing;
    boolean smaller = true;
    while (smaller) {
      smaller = false;
      for (ObjectNode event : smallest.events()) {
        History candidate = smallest.without(event);
        if (violation(candidate) != null) {
          smallest = candidate;
          smaller = true;
          break;
        }
      }
    }
    return smallest;
  }

  /** What breaks the invariant for {@code history}, or null if it holds. */
  private String violation(History history) {
    live.resetAt(RFC_3339.format(history.requests().get(0).postedAt()));
    live.putStoryDirectory();
    for (var party : StoryHistories.extraParties()) {
      given()
          .contentType(ContentType.JSON)
          .body(party.toString())
          .put("/api/v1/parties/" + party.get("id").asText())
          .then()
          .statusCode(201);
    }
    for (StoryHistories.Request request : history.requests()) {
      live.clock().atLeast(request.postedAt());
      ArrayNode body = Stories.JSON.createArrayNode();
      request.events().forEach(body::add);
      live.post(body);
    }
    live.clock().atLeast(history.end());
    engine.tick();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> engineBacklog.pending() == 0 && alertBacklog.pending() == 0);

    List<Map<String, Object>> feed = ComparedAlerts.feed();
    List<Map<String, Object>> scenario = scenario(history);
    List<Map<String, Object>> feedOpen = ComparedAlerts.unresolved(feed);
    List<Map<String, Object>> scenarioOpen = ComparedAlerts.unresolved(scenario);
    if (!feedOpen.equals(scenarioOpen)) {
      return "unresolved live " + feedOpen + " but in the scenario " + scenarioOpen;
    }
    List<String> raisedLive = feed.stream().map(ComparedAlerts::raising).toList();
    List<String> missing =
        scenario.stream()
            .map(ComparedAlerts::raising)
            .filter(r -> !raisedLive.contains(r))
            .toList();
    return missing.isEmpty() ? null : "raised in the scenario, not live: " + missing;
  }

  private static List<Map<String, Object>> scenario(History history) {
    ObjectNode body = Stories.story();
    ((ArrayNode) body.get("parties")).addAll(StoryHistories.extraParties());
    ArrayNode events = body.putArray("events");
    history.events().forEach(events::add);
    body.put("until", RFC_3339.format(history.end()));
    return ComparedAlerts.scenario(body);
  }
}
