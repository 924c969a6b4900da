package dev.yakusoku.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yakusoku.support.Stories;
import dev.yakusoku.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Contract section 1, "Bounds": beyond a bound an event is answered 400 naming its index and field,
 * and nothing of the request is stored; at the bound it is accepted. The wall clock reads
 * 2026-11-26T10:30:00+09:00 (the story's Thursday); the horizon is a year, the skew five minutes.
 */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest"})
class EventBoundsTest {
  private static final String NOW = "2026-11-26T10:30:00+09:00";

  @Inject TestClock clock;

  private String source;
  private String matter;

  @BeforeEach
  void atTheStorysThursday() {
    clock.set(NOW);
    String run = UUID.randomUUID().toString();
    source = "/bounds-test/" + run;
    matter = "M-bounds-" + run;
  }

  // --- lengths ---

  @Test
  void anIdOfTwoHundredCharactersIsAcceptedAndOneMoreIsNot() {
    accepted(event("e1", e -> e.put("id", "i".repeat(200))));
    rejected(event("e1", e -> e.put("id", "i".repeat(201))), "id");
  }

  @Test
  void aSourceOrSubjectLongerThanTwoHundredCharactersIsRefused() {
    rejected(event("e1", e -> e.put("source", source + "/" + "s".repeat(200))), "source");
    rejected(event("e1", e -> e.put("subject", "M".repeat(201))), "subject");
  }

  @Test
  void anIdInDataLongerThanTwoHundredCharactersIsRefused() {
    rejected(event("e1", e -> data(e).put("client", "c".repeat(201))), "data.client");
    rejected(event("e3", e -> data(e).put("promiseId", "P".repeat(201))), "data.promiseId");
  }

  @Test
  void aNameLongerThanFiveHundredCharactersIsRefused() {
    accepted(event("e1", e -> data(e).put("title", "件".repeat(500))));
    rejected(event("e1", e -> data(e).put("title", "件".repeat(501))), "data.title");
    rejected(event("e4", e -> data(e).put("callerName", "鈴".repeat(501))), "data.callerName");
    rejected(event("e4", e -> data(e).put("askedFor", "ね".repeat(501))), "data.askedFor");
  }

  @Test
  void aNoteLongerThanTenThousandCharactersIsRefused() {
    accepted(event("e4", e -> data(e).put("note", "n".repeat(10_000))));
    rejected(event("e4", e -> data(e).put("note", "n".repeat(10_001))), "data.note");
  }

  @Test
  void anEventOverTwoHundredFiftySixKibibytesIsRefusedWholeWhateverItsFields() {
    ObjectNode big = event("e1", e -> data(e).put("attachment", "x".repeat(256 * 1024)));
    rejected(big, "event").body("errors[0].message", containsString("262144"));
  }

  // --- time ---

  @Test
  void anEventUpToFiveMinutesAheadOfTheClockIsAcceptedAndOneLaterIsNot() {
    accepted(event("e1", e -> e.put("time", "2026-11-26T10:35:00+09:00")));
    rejected(event("e1", e -> e.put("time", "2026-11-26T10:35:01+09:00")), "time")
        .body("errors[0].message", containsString("PT5M"));
  }

  @Test
  void aFarFutureEventIsRefusedSoItCannotMoveTheEnginesClock() {
    rejected(event("e2", e -> e.put("time", "2999-01-01T00:00:00Z")), "time");
  }

  @Test
  void aTimeWithAYearBeyondFourDigitsIsNotRfc3339() {
    rejected(event("e1", e -> e.put("time", "+10000-01-01T00:00:00Z")), "time");
  }

  // --- deadlines within the horizon ---

  @ParameterizedTest
  @CsvSource({
    "within, P1234567890D",
    "within, P366D",
    "within, P300D",
    "within, PT1234567890S",
    "within, PT8761H",
    "within, P1DT8760H",
    "due, 2027-11-26T10:04:00+09:00",
    "due, +999999999-12-31T00:00:00Z"
  })
  void aPromiseDueBeyondAYearIsRefused(String field, String value) {
    rejected(promise(field, value), "data." + field);
  }

  @ParameterizedTest
  @CsvSource({
    "within, P240D",
    "within, PT8760H",
    "due, 2027-11-26T09:59:00+09:00",
    "by, end-of-next-business-day"
  })
  void aPromiseDueWithinAYearIsAccepted(String field, String value) {
    accepted(promise(field, value));
  }

  @Test
  void aFollowUpOrAnAbsenceEndingBeyondAYearIsRefused() {
    rejected(waiting("P400D"), "data.followUp");
    rejected(waiting("2028-01-01T00:00:00+09:00"), "data.followUp");
    rejected(availability(a -> a.put("until", "2028-01-01T00:00:00+09:00")), "data.until");
    accepted(waiting("P10D"));
    accepted(availability(a -> a.put("until", "2026-12-01T09:00:00+09:00")));
  }

  @Test
  void aBatchWithOneEventBeyondABoundStoresNothingAndNamesItsIndex() {
    ObjectNode good = event("e1", e -> {});
    ObjectNode bad = promise("within", "P1234567890D");
    problem(post(Stories.JSON.createArrayNode().add(good).add(bad)))
        .body("errors", hasSize(1))
        .body("errors[0].index", equalTo(1))
        .body("errors[0].field", equalTo("data.within"));
    assertNothingStored();
  }

  // --- helpers ---

  private ObjectNode promise(String field, String value) {
    return event(
        "e3",
        e -> {
          data(e).remove("by");
          data(e).put(field, value);
        });
  }

  private ObjectNode waiting(String followUp) {
    ObjectNode event = Stories.JSON.createObjectNode();
    event
        .put("id", "waiting-" + UUID.randomUUID())
        .put("source", source)
        .put("type", "dependency.waiting")
        .put("time", "2026-11-26T10:20:00+09:00")
        .put("subject", matter)
        .putObject("data")
        .put("on", "u-suzuki")
        .put("followUp", followUp);
    return event;
  }

  private ObjectNode availability(Consumer<ObjectNode> data) {
    ObjectNode event = Stories.JSON.createObjectNode();
    event
        .put("id", "away-" + UUID.randomUUID())
        .put("source", source)
        .put("type", "staff.availability")
        .put("time", "2026-11-26T10:20:00+09:00");
    data.accept(event.putObject("data").put("staff", "s-aoi").put("status", "away"));
    return event;
  }

  private void accepted(ObjectNode event) {
    post(event).statusCode(202).body("accepted", equalTo(1));
  }

  private ValidatableResponse rejected(ObjectNode event, String field) {
    long before = stored();
    ValidatableResponse response =
        problem(post(event))
            .body("errors", hasSize(1))
            .body("errors[0].index", equalTo(0))
            .body("errors[0].field", equalTo(field));
    assertThat(stored()).as("events stored by a refused request").isEqualTo(before);
    return response;
  }

  private static ValidatableResponse problem(ValidatableResponse response) {
    return response
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(400));
  }

  private static ValidatableResponse post(Object body) {
    return given()
        .contentType("application/json; charset=UTF-8")
        .body(body.toString().getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/events")
        .then();
  }

  private ObjectNode event(String storyId, Consumer<ObjectNode> change) {
    ObjectNode event = Stories.event(storyId);
    event.put("id", storyId + "-" + UUID.randomUUID()).put("source", source);
    if (event.has("subject")) {
      event.put("subject", matter);
    }
    change.accept(event);
    return event;
  }

  private static ObjectNode data(ObjectNode event) {
    return (ObjectNode) event.get("data");
  }

  private long stored() {
    return QuarkusTransaction.requiringNew().call(() -> StoredEvent.count("source", source));
  }

  private void assertNothingStored() {
    assertThat(stored()).isZero();
  }
}
