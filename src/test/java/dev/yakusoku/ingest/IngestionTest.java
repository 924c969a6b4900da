package dev.yakusoku.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yakusoku.support.Stories;
import dev.yakusoku.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract section 1: events in, their answers, idempotency and the media types. */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "rule-author", "admin"})
class IngestionTest {
  private static final String JSON = "application/json";
  private static final String CLOUDEVENT = "application/cloudevents+json";
  private static final String CLOUDEVENT_BATCH = "application/cloudevents-batch+json";
  private static final String PROBLEM = "application/problem+json";

  /** Unique per test, so the shared test database never makes one test see another's events. */
  private String source;

  private String matter;

  @BeforeEach
  void uniqueSource() {
    String run = UUID.randomUUID().toString();
    source = "/ingestion-test/" + run;
    matter = "M-ingest-" + run;
  }

  @Test
  void shouldAcceptOneEvent() {
    post(JSON, opened("e1"))
        .statusCode(202)
        .contentType(JSON)
        .body("accepted", equalTo(1))
        .body("duplicates", equalTo(0));
    assertThat(storedCount(source)).isEqualTo(1);
  }

  @Test
  void shouldAcceptABatchAndCountEveryEvent() {
    post(JSON, batch(opened("e1"), escalation("e2"), promise("e3")))
        .statusCode(202)
        .body("accepted", equalTo(3))
        .body("duplicates", equalTo(0));
    assertThat(storedCount(source)).isEqualTo(3);
  }

  @Test
  void shouldCountTheSameSourceAndIdPostedTwiceAsADuplicate() {
    post(JSON, opened("e1")).statusCode(202).body("accepted", equalTo(1));

    post(JSON, opened("e1"))
        .statusCode(202)
        .body("accepted", equalTo(0))
        .body("duplicates", equalTo(1));
    assertThat(storedCount(source)).isEqualTo(1);
  }

  @Test
  void shouldCountOneDuplicateWhenABatchHoldsTheSameEventTwice() {
    post(JSON, batch(opened("e1"), escalation("e2"), escalation("e2")))
        .statusCode(202)
        .body("accepted", equalTo(2))
        .body("duplicates", equalTo(1));
    assertThat(storedCount(source)).isEqualTo(2);
  }

  @Test
  void shouldCountStoredAndRepeatedEventsOfOneBatchSeparately() {
    post(JSON, opened("e1")).statusCode(202);

    post(JSON, batch(opened("e1"), escalation("e2")))
        .statusCode(202)
        .body("accepted", equalTo(1))
        .body("duplicates", equalTo(1));
  }

  @Test
  void shouldTreatTheSameIdFromAnotherSourceAsAnotherEvent() {
    post(JSON, opened("e1")).statusCode(202).body("accepted", equalTo(1));
    ObjectNode sameIdOtherSource = opened("e1").put("source", source + "/other");

    post(JSON, sameIdOtherSource)
        .statusCode(202)
        .body("accepted", equalTo(1))
        .body("duplicates", equalTo(0));
    assertThat(storedCount(source + "/other")).isEqualTo(1);
  }

  @Test
  void shouldStoreAnEventPostedConcurrentlyManyTimesOnce() throws Exception {
    ObjectNode event = opened("e1");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<JsonNode>> posts = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        posts.add(
            () ->
                Stories.JSON.readTree(
                    post(JSON, event).statusCode(202).extract().body().asString()));
      }
      int accepted = 0;
      int duplicates = 0;
      for (Future<JsonNode> answer : pool.invokeAll(posts)) {
        accepted += answer.get().get("accepted").asInt();
        duplicates += answer.get().get("duplicates").asInt();
      }
      assertThat(accepted).isEqualTo(1);
      assertThat(duplicates).isEqualTo(15);
    } finally {
      pool.shutdownNow();
    }
    assertThat(storedCount(source)).isEqualTo(1);
  }

  @Test
  void shouldAcceptOneEventWithoutSpecversionAsApplicationJson() {
    ObjectNode event = opened("e1");
    event.remove("specversion");

    post(JSON, event).statusCode(202).body("accepted", equalTo(1));
  }

  @Test
  void shouldAcceptOneCloudEvent() {
    post(CLOUDEVENT, opened("e1"))
        .statusCode(202)
        .body("accepted", equalTo(1))
        .body("duplicates", equalTo(0));
  }

  @Test
  void shouldAcceptACloudEventsBatch() {
    post(CLOUDEVENT_BATCH, batch(opened("e1"), escalation("e2")))
        .statusCode(202)
        .body("accepted", equalTo(2))
        .body("duplicates", equalTo(0));
  }

  @Test
  void shouldRejectACloudEventWithoutSpecversion() {
    ObjectNode event = opened("e1");
    event.remove("specversion");

    problem(post(CLOUDEVENT, event), 400)
        .body("errors", hasSize(1))
        .body("errors[0].index", equalTo(0))
        .body("errors[0].field", equalTo("specversion"));
    assertThat(storedCount(source)).isZero();
  }

  @Test
  void shouldRejectACloudEventsBatchEventWithoutSpecversion() {
    ObjectNode second = escalation("e2");
    second.remove("specversion");

    problem(post(CLOUDEVENT_BATCH, batch(opened("e1"), second)), 400)
        .body("errors", hasSize(1))
        .body("errors[0].index", equalTo(1))
        .body("errors[0].field", equalTo("specversion"));
    assertThat(storedCount(source)).isZero();
  }

  @Test
  void shouldRejectAnArrayPostedAsOneCloudEvent() {
    problem(post(CLOUDEVENT, batch(opened("e1"))), 400)
        .body("errors", hasSize(1))
        .body("errors[0].field", equalTo("body"));
    assertThat(storedCount(source)).isZero();
  }

  @Test
  void shouldRejectOneEventPostedAsACloudEventsBatch() {
    problem(post(CLOUDEVENT_BATCH, opened("e1")), 400)
        .body("errors", hasSize(1))
        .body("errors[0].field", equalTo("body"));
    assertThat(storedCount(source)).isZero();
  }

  @Test
  void shouldAnswer415ForAnotherMediaType() {
    problem(post("text/plain", opened("e1")), 415)
        .body("type", equalTo("/problems/unsupported-media-type"));
    assertThat(storedCount(source)).isZero();
  }

  @Test
  void shouldAnswer413ForABatchOfMoreThanAThousandEvents() {
    ArrayNode events = Stories.JSON.createArrayNode();
    for (int i = 0; i < 1001; i++) {
      events.add(escalation("e-" + i));
    }

    problem(post(JSON, events), 413).body("detail", containsString("1000"));
    assertThat(storedCount(source)).isZero();
  }

  @Test
  void shouldAcceptABatchOfExactlyAThousandEvents() {
    ArrayNode events = Stories.JSON.createArrayNode();
    events.add(opened("e-open"));
    for (int i = 1; i < 1000; i++) {
      events.add(escalation("e-" + i));
    }

    post(JSON, events)
        .statusCode(202)
        .body("accepted", equalTo(1000))
        .body("duplicates", equalTo(0));
    assertThat(storedCount(source)).isEqualTo(1000);
  }

  @Test
  void shouldAnswer413ForABodyOverTheByteLimit() {
    ObjectNode event = opened("e1");
    ((ObjectNode) event.get("data")).put("title", "x".repeat(11 * 1024 * 1024));
    byte[] body = event.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(body.length).isGreaterThan(10 * 1024 * 1024);

    // Expect: 100-continue lets the service refuse the body before it is sent, as a careful
    // client does; without it the service answers 413 and closes while the client still writes.
    given()
        .config(
            RestAssured.config()
                .httpClient(
                    HttpClientConfig.httpClientConfig()
                        .setParam("http.protocol.expect-continue", true)))
        .contentType(JSON)
        .body(body)
        .post("/api/v1/events")
        .then()
        .statusCode(413);
    assertThat(storedCount(source)).isZero();
  }

  @Test
  void shouldStoreNothingOfARejectedBatch() {
    ObjectNode bad = escalation("e2");
    bad.remove("time");

    problem(post(JSON, batch(opened("e1"), bad)), 400)
        .body("errors", hasSize(1))
        .body("errors[0].index", equalTo(1))
        .body("errors[0].field", equalTo("time"));
    assertThat(storedCount(source)).isZero();

    post(JSON, opened("e1"))
        .statusCode(202)
        .body("accepted", equalTo(1))
        .body("duplicates", equalTo(0));
  }

  // --- helpers ---

  private ValidatableResponse post(String mediaType, JsonNode body) {
    TestClock.reachTimesOf(body.toString());
    return given()
        .contentType(mediaType + "; charset=UTF-8")
        .body(body.toString().getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/events")
        .then();
  }

  private static ValidatableResponse problem(ValidatableResponse response, int status) {
    return response
        .statusCode(status)
        .contentType(startsWith(PROBLEM))
        .body("status", equalTo(status))
        .body("type", startsWith("/problems/"))
        .body("title", org.hamcrest.Matchers.notNullValue());
  }

  private ObjectNode opened(String id) {
    return story("e1", id);
  }

  private ObjectNode escalation(String id) {
    return story("e2", id);
  }

  private ObjectNode promise(String id) {
    return story("e3", id);
  }

  /** A story event under this test's source and matter, with the given id. */
  private ObjectNode story(String storyId, String id) {
    ObjectNode event = Stories.event(storyId);
    event.put("id", id).put("source", source);
    if (event.has("subject")) {
      event.put("subject", matter);
    }
    return event;
  }

  private static ArrayNode batch(JsonNode... events) {
    ArrayNode array = Stories.JSON.createArrayNode();
    for (JsonNode e : events) {
      array.add(e.deepCopy());
    }
    return array;
  }

  private static long storedCount(String source) {
    return QuarkusTransaction.requiringNew().call(() -> StoredEvent.count("source", source));
  }
}
