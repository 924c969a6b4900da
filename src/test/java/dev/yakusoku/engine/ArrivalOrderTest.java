package dev.yakusoku.engine;

import static dev.yakusoku.support.ComparedAlerts.feed;
import static dev.yakusoku.support.ComparedAlerts.unresolved;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yakusoku.support.ComparedAlerts;
import dev.yakusoku.support.LiveService;
import dev.yakusoku.support.Stories;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract section 1, "Arrival order": the story's events posted days after they happened give the
 * alerts a scenario run of the same events gives, posted in one batch exactly, one event a request
 * with nothing unresolved that the scenario lacks and nothing missing that it raises.
 */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "rule-author", "admin"})
class ArrivalOrderTest {
  /** Days after the story, as a connector catching up after an outage posts it. */
  private static final String NOW = "2026-12-02T09:00:00+09:00";

  @Inject LiveService live;

  @BeforeEach
  void daysAfterTheStory() {
    live.resetAt(NOW);
    live.putStoryDirectory();
  }

  @Test
  void theStoryPostedInOneBatchDaysLateGivesExactlyTheScenariosAlerts() {
    live.post(Stories.events());

    assertThat(feed()).isEqualTo(scenario(Stories.events()));
    assertThat(feed())
        .extracting(a -> a.get("type") + " " + a.get("firstRaisedAt") + " " + a.get("state"))
        .containsExactlyInAnyOrder(
            "DUPLICATE_ESCALATION 2026-11-26T10:12:00+09:00 open",
            "STALLED_DEPENDENCY 2026-11-30T11:10:00+09:00 open");
  }

  @Test
  void theStoryPostedOneEventARequestDaysLateRaisesWhatTheScenarioRaisesAndResolvesTheRest() {
    for (JsonNode event : Stories.events()) {
      live.post(event);
    }

    List<Map<String, Object>> live = feed();
    List<Map<String, Object>> scenario = scenario(Stories.events());
    assertThat(unresolved(live)).isEqualTo(unresolved(scenario));
    assertThat(live).containsAll(scenario);
    assertThat(live)
        .filteredOn(a -> !scenario.contains(a))
        .allMatch(a -> a.get("state").equals("resolved"));
  }

  @Test
  void eventsPostedInReverseGiveTheScenariosUnresolvedAlerts() {
    ArrayNode events = Stories.events();
    for (int i = events.size() - 1; i >= 0; i--) {
      live.post(events.get(i));
    }

    assertThat(unresolved(feed())).isEqualTo(unresolved(scenario(Stories.events())));
  }

  /** The alerts of a scenario run of {@code events} up to the live clock. */
  private static List<Map<String, Object>> scenario(ArrayNode events) {
    ObjectNode body = Stories.story();
    body.set("events", events);
    body.put("until", NOW);
    return ComparedAlerts.scenario(body);
  }
}
