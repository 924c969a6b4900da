package dev.yakusoku.cluster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yakusoku.ingest.OutboxEntry;
import dev.yakusoku.support.Stories;
import dev.yakusoku.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Posts story events to the running service and reads them back off the events topic. */
final class EventPosts {
  private EventPosts() {}

  /** The story's event {@code id}, reported by {@code source} on {@code matter}. */
  static ObjectNode event(String id, String source, String matter) {
    return Stories.event(id).put("source", source).put("subject", matter);
  }

  /** Posts one event; it is answered 202. */
  static void post(ObjectNode event) {
    TestClock.reachTimesOf(event.toString());
    given()
        .contentType(ContentType.JSON)
        .body(event.toString())
        .post("/api/v1/events")
        .then()
        .statusCode(202);
  }

  /** Posts new events as one batch; every one is accepted. */
  static void postBatch(ObjectNode... events) {
    ArrayNode batch = Stories.JSON.createArrayNode();
    for (ObjectNode event : events) {
      batch.add(event);
    }
    TestClock.reachTimesOf(batch.toString());
    given()
        .contentType(ContentType.JSON)
        .body(batch.toString())
        .post("/api/v1/events")
        .then()
        .statusCode(202)
        .body("accepted", equalTo(events.length));
  }

  /** The CloudEvents id of a published event. */
  static String idOf(ConsumerRecord<String, String> record) {
    try {
      return Stories.JSON.readTree(record.value()).get("id").asText();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable record " + record.value(), e);
    }
  }

  /** Outbox rows not yet marked sent. */
  static long pendingInOutbox() {
    return QuarkusTransaction.requiringNew().call(OutboxEntry::pending);
  }
}
