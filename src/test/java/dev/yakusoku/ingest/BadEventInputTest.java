package dev.yakusoku.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yakusoku.support.Stories;
import dev.yakusoku.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract section 1: every bad input is answered 400 with problem JSON naming the bad event's
 * index and field, and nothing of it is stored.
 */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "rule-author", "admin"})
class BadEventInputTest {
  private static final String PROBLEM = "application/problem+json";

  private String source;
  private String matter;

  @BeforeEach
  void uniqueSource() {
    String run = UUID.randomUUID().toString();
    source = "/bad-input-test/" + run;
    matter = "M-bad-" + run;
  }

  // --- envelope ---

  @Test
  void shouldRejectEventWithoutId() {
    rejected(event("e1", e -> e.remove("id")), 0, "id");
  }

  @Test
  void shouldRejectEventWithBlankSource() {
    rejected(event("e1", e -> e.put("source", "  ")), 0, "source");
  }

  @Test
  void shouldRejectEventWithoutSource() {
    rejected(event("e1", e -> e.remove("source")), 0, "source");
  }

  @Test
  void shouldRejectEventWithoutType() {
    rejected(event("e1", e -> e.remove("type")), 0, "type");
  }

  @Test
  void shouldRejectEventOfUnknownType() {
    rejected(event("e1", e -> e.put("type", "matter.exploded")), 0, "type");
  }

  @Test
  void shouldRejectEventWithoutTime() {
    rejected(event("e1", e -> e.remove("time")), 0, "time");
  }

  @Test
  void shouldRejectTimeWithoutOffset() {
    rejected(event("e1", e -> e.put("time", "2026-11-26T10:00:00")), 0, "time");
  }

  @Test
  void shouldRejectGarbageTime() {
    rejected(event("e1", e -> e.put("time", "yesterday at ten")), 0, "time");
  }

  @Test
  void shouldRejectAnUnsupportedSpecversion() {
    rejected(event("e1", e -> e.put("specversion", "0.3")), 0, "specversion");
  }

  @Test
  void shouldRejectPromiseWithoutSubject() {
    rejected(event("e3", e -> e.remove("subject")), 0, "subject");
  }

  @Test
  void shouldRejectEventWithoutData() {
    rejected(event("e1", e -> e.remove("data")), 0, "data");
  }

  @Test
  void shouldRejectDataThatIsNotAnObject() {
    rejected(event("e1", e -> e.put("data", "client c-yamada")), 0, "data");
  }

  @Test
  void shouldRejectAnArrayElementThatIsNotAnObject() {
    ArrayNode batch = batch(event("e1", e -> {}));
    batch.add("not an event");

    problem(post(batch)).body("errors", hasSize(1)).body("errors[0].index", equalTo(1));
    assertNothingStored();
  }

  // --- data of each type ---

  @Test
  void shouldRejectPromiseWithoutPromiseId() {
    rejected(event("e3", e -> data(e).remove("promiseId")), 0, "data.promiseId");
  }

  @Test
  void shouldRejectPromiseWithBothDueAndWithin() {
    ObjectNode promise =
        event(
            "e3",
            e -> {
              data(e).remove("by");
              data(e).put("due", "2026-11-27T18:00:00+09:00").put("within", "PT2H");
            });

    rejected(promise, 0, "data.due").body("errors[0].message", containsString("exactly one"));
  }

  @Test
  void shouldRejectPromiseWithNeitherDueWithinNorBy() {
    rejected(event("e3", e -> data(e).remove("by")), 0, "data.due")
        .body("errors[0].message", containsString("exactly one"));
  }

  @Test
  void shouldRejectPromiseOfUnknownKind() {
    rejected(event("e3", e -> data(e).put("kind", "telepathy")), 0, "data.kind");
  }

  @Test
  void shouldRejectPromiseWithBadWithinDuration() {
    ObjectNode promise =
        event(
            "e3",
            e -> {
              data(e).remove("by");
              data(e).put("within", "two hours");
            });

    rejected(promise, 0, "data.within");
  }

  @Test
  void shouldRejectPromiseWithDueWithoutOffset() {
    ObjectNode promise =
        event(
            "e3",
            e -> {
              data(e).remove("by");
              data(e).put("due", "2026-11-27T18:00:00");
            });

    rejected(promise, 0, "data.due");
  }

  @Test
  void shouldRejectPromiseWithUnknownBy() {
    rejected(event("e3", e -> data(e).put("by", "whenever")), 0, "data.by");
  }

  @Test
  void shouldRejectContactWithBadDirection() {
    rejected(event("e5", e -> data(e).put("direction", "sideways")), 0, "data.direction");
  }

  @Test
  void shouldRejectContactWithBadOutcome() {
    rejected(event("e5", e -> data(e).put("outcome", "shrugged")), 0, "data.outcome");
  }

  @Test
  void shouldRejectContactWithBadChannel() {
    rejected(event("e5", e -> data(e).put("channel", "pigeon")), 0, "data.channel");
  }

  @Test
  void shouldRejectStaffAvailabilityWithBadStatus() {
    rejected(event("e7", e -> data(e).put("status", "asleep")), 0, "data.status");
  }

  @Test
  void shouldRejectDependencyWaitingWithBadFollowUp() {
    ObjectNode waiting = dependencyWaiting();
    data(waiting).put("followUp", "next week sometime");

    rejected(waiting, 0, "data.followUp");
  }

  @Test
  void shouldAcceptDependencyWaitingWithFollowUpAsTimestampOrDuration() {
    ObjectNode asDuration = dependencyWaiting();
    data(asDuration).put("followUp", "P2D");
    ObjectNode asTime = dependencyWaiting();
    asTime.put("id", "waiting-2");
    data(asTime).put("followUp", "2026-11-30T11:10:00+09:00");

    TestClock.reachTimesOf(batch(asDuration, asTime).toString());
    given()
        .contentType("application/json; charset=UTF-8")
        .body(batch(asDuration, asTime).toString().getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/events")
        .then()
        .statusCode(202)
        .body("accepted", equalTo(2));
  }

  @Test
  void shouldRejectUrgentThatIsNotABoolean() {
    rejected(event("e1", e -> data(e).put("urgent", "very")), 0, "data.urgent");
  }

  @Test
  void shouldRejectUrgentThatIsAnObject() {
    rejected(event("e1", e -> data(e).putObject("urgent").put("really", true)), 0, "data.urgent");
  }

  // --- bodies ---

  @Test
  void shouldRejectABodyThatIsNotJson() {
    problem(postRaw("this is not JSON {"))
        .body("errors", hasSize(1))
        .body("errors[0].field", equalTo("body"))
        .body("errors[0].index", nullValue());
  }

  @Test
  void shouldRejectJsonFollowedByGarbage() {
    problem(postRaw(event("e1", e -> {}).toString() + " and then some"))
        .body("errors", hasSize(1))
        .body("errors[0].field", equalTo("body"));
    assertNothingStored();
  }

  @Test
  void shouldRejectAnEmptyBody() {
    problem(postRaw("")).body("errors[0].field", equalTo("body"));
  }

  @Test
  void shouldRejectAJsonValueThatIsNoEvent() {
    problem(postRaw("42")).body("errors[0].field", equalTo("body"));
  }

  @Test
  void shouldRejectAnEmptyArray() {
    problem(postRaw("[]")).body("errors", hasSize(1)).body("errors[0].field", equalTo("body"));
  }

  @Test
  void shouldRejectBatchNamingEveryBadEventByIndex() {
    ObjectNode first = event("e1", e -> e.remove("time"));
    ObjectNode second = event("e2", e -> {});
    ObjectNode third = event("e3", e -> data(e).put("kind", "telepathy"));

    problem(post(batch(first, second, third)))
        .body("errors", hasSize(2))
        .body("errors[0].index", equalTo(0))
        .body("errors[0].field", equalTo("time"))
        .body("errors[1].index", equalTo(2))
        .body("errors[1].field", equalTo("data.kind"))
        .body("detail", containsString("event 0"))
        .body("detail", containsString("event 2"));
    assertNothingStored();
  }

  @Test
  void shouldNameEveryBadFieldOfOneEvent() {
    ObjectNode event =
        event(
            "e5",
            e -> {
              e.remove("id");
              data(e).put("direction", "sideways").put("outcome", "shrugged");
            });

    problem(post(event))
        .body("errors", hasSize(3))
        .body("errors.index", org.hamcrest.Matchers.everyItem(equalTo(0)))
        .body(
            "errors.field",
            org.hamcrest.Matchers.containsInAnyOrder("id", "data.direction", "data.outcome"));
  }

  // --- helpers ---

  /** Posts one bad event and expects exactly one error naming index and field; nothing stored. */
  private ValidatableResponse rejected(ObjectNode event, int index, String field) {
    ValidatableResponse response =
        problem(post(event))
            .body("errors", hasSize(1))
            .body("errors[0].index", equalTo(index))
            .body("errors[0].field", equalTo(field))
            .body("errors[0].message", notNullValue());
    assertNothingStored();
    return response;
  }

  private static ValidatableResponse problem(ValidatableResponse response) {
    return response
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("type", equalTo("/problems/invalid-input"))
        .body("title", notNullValue())
        .body("status", equalTo(400))
        .body("detail", notNullValue());
  }

  private ValidatableResponse post(JsonNode body) {
    return postRaw(body.toString());
  }

  private static ValidatableResponse postRaw(String body) {
    TestClock.reachTimesOf(body);
    return given()
        .contentType("application/json; charset=UTF-8")
        .body(body.getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/events")
        .then();
  }

  /** A story event under this test's source and matter, changed by {@code change}. */
  private ObjectNode event(String storyId, Consumer<ObjectNode> change) {
    ObjectNode event = Stories.event(storyId);
    event.put("id", storyId + "-" + UUID.randomUUID()).put("source", source);
    if (event.has("subject")) {
      event.put("subject", matter);
    }
    change.accept(event);
    return event;
  }

  private ObjectNode dependencyWaiting() {
    ObjectNode event = Stories.JSON.createObjectNode();
    event
        .put("specversion", "1.0")
        .put("id", "waiting-1")
        .put("source", source)
        .put("type", "dependency.waiting")
        .put("time", "2026-11-26T11:10:00+09:00")
        .put("subject", matter)
        .putObject("data")
        .put("on", "u-suzuki")
        .put("reason", "先方も調整中");
    return event;
  }

  private static ObjectNode data(ObjectNode event) {
    return (ObjectNode) event.get("data");
  }

  private static ArrayNode batch(JsonNode... events) {
    ArrayNode array = Stories.JSON.createArrayNode();
    for (JsonNode e : events) {
      array.add(e.deepCopy());
    }
    return array;
  }

  private void assertNothingStored() {
    assertThat(QuarkusTransaction.requiringNew().call(() -> StoredEvent.count("source", source)))
        .isZero();
  }
}
