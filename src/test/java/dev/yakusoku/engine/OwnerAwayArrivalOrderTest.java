package dev.yakusoku.engine;

import static dev.yakusoku.support.ComparedAlerts.feed;
import static dev.yakusoku.support.ComparedAlerts.unresolved;
import static org.assertj.core.api.Assertions.assertThat;

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
 * An owner away over a promise's due time, posted live in any order: the matter judged again for a
 * late event keeps the owner's latest word, so the feed's unresolved alerts are a scenario run's.
 */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "rule-author", "admin"})
class OwnerAwayArrivalOrderTest {
  private static final String NOW = "2026-11-26T15:00:00+09:00";

  @Inject LiveService live;

  @BeforeEach
  void theAfternoonOfTheStory() {
    live.resetAt(NOW);
    live.putStoryDirectory();
  }

  @Test
  void anOwnerAwayPastTheDueTimeIsFlaggedWhateverOrderTheEventsArriveIn() {
    ArrayNode events = events();
    for (int i = events.size() - 1; i >= 0; i--) {
      live.post(events.get(i));
    }

    List<Map<String, Object>> scenario = scenario(events);
    assertThat(unresolved(feed())).isEqualTo(unresolved(scenario));
    assertThat(unresolved(feed()))
        .extracting(a -> a.get("type") + " " + a.get("firstRaisedAt"))
        .containsExactlyInAnyOrder(
            "OWNER_AWAY 2026-11-26T10:30:00+09:00", "BROKEN_PROMISE 2026-11-26T14:00:00+09:00");
  }

  @Test
  void aLateEventOnTheMatterKeepsTheOwnerAwayAlertRaisedInOrder() {
    ArrayNode events = events();
    for (int i = 0; i < events.size() - 1; i++) {
      live.post(events.get(i));
    }
    // a call at 10:45 posted after the clock reached 15:00: its matter is judged again
    live.post(events.get(events.size() - 1));

    assertThat(unresolved(feed())).isEqualTo(unresolved(scenario(events)));
    assertThat(feed())
        .filteredOn(a -> a.get("type").equals("OWNER_AWAY"))
        .extracting(a -> a.get("state"))
        .containsExactly("open");
  }

  private static ArrayNode events() {
    ArrayNode events = Stories.JSON.createArrayNode();
    events.add(
        event(
            "m1",
            "matter.opened",
            "M-9",
            "2026-11-26T10:00:00+09:00",
            "{\"client\": \"c-yamada\", \"endUser\": \"u-suzuki\", \"team\": \"t-ops\","
                + " \"assignee\": \"s-aoi\", \"title\": \"見積り\"}"));
    events.add(
        event(
            "p1",
            "promise.made",
            "M-9",
            "2026-11-26T10:00:00+09:00",
            "{\"promiseId\": \"P-1\", \"madeBy\": \"s-ikumi\", \"madeTo\": \"c-yamada\","
                + " \"target\": \"u-suzuki\", \"kind\": \"contact\", \"within\": \"PT4H\"}"));
    events.add(
        event(
            "a1",
            "staff.availability",
            null,
            "2026-11-26T10:30:00+09:00",
            "{\"staff\": \"s-aoi\", \"status\": \"away\", \"until\": \"2026-11-27T09:00:00+09:00\"}"));
    events.add(
        event(
            "c1",
            "contact.logged",
            "M-9",
            "2026-11-26T10:45:00+09:00",
            "{\"channel\": \"phone\", \"direction\": \"outbound\", \"from\": \"s-ikumi\","
                + " \"to\": \"c-yamada\", \"outcome\": \"no-answer\"}"));
    return events;
  }

  private static ObjectNode event(
      String id, String type, String subject, String time, String data) {
    ObjectNode e = Stories.JSON.createObjectNode();
    e.put("id", "away-" + id);
    e.put("source", "/arrival-order");
    e.put("type", type);
    if (subject != null) {
      e.put("subject", subject);
    }
    e.put("time", time);
    try {
      e.set("data", Stories.JSON.readTree(data));
    } catch (java.io.IOException ex) {
      throw new java.io.UncheckedIOException(ex);
    }
    return e;
  }

  private static List<Map<String, Object>> scenario(ArrayNode events) {
    ObjectNode body = Stories.story();
    body.set("events", events);
    body.put("until", NOW);
    return ComparedAlerts.scenario(body);
  }
}
