package dev.yakusoku.cluster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yakusoku.ingest.OutboxEntry;
import dev.yakusoku.support.LiveService;
import dev.yakusoku.support.Stories;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Events posted while the broker is down are answered 202 (they are stored, contract section 1) and
 * reach the topic, in acceptance order, once the broker is back: the outbox keeps them and the
 * relay retries. The broker is one of the test's own, stopped and started here.
 */
@QuarkusTest
@TestProfile(BrokerOutageProfile.class)
class BrokerOutageTest {
  @Inject LiveService live;
  @Inject MeterRegistry metrics;

  @Test
  void eventsAcceptedWhileTheBrokerIsDownArePublishedInOrderOnceItIsBack() throws Exception {
    live.resetAt("2026-11-26T09:59:00+09:00");
    SecondKafkaBroker broker = SecondKafkaBroker.running();
    String matter = "M-outage-" + UUID.randomUUID();
    try (TopicReader topic =
        new TopicReader(
            broker.bootstrapServers(), TopicReader.EVENTS, r -> matter.equals(r.key()))) {
      post(event("e1", matter));
      topic.awaitAtLeast(1, Duration.ofSeconds(30));

      broker.stopBroker();
      post(event("e2", matter));
      post(event("e3", matter));
      ArrayNode batch = Stories.JSON.createArrayNode();
      batch.add(event("e6", matter)).add(event("e5", matter));
      given()
          .contentType(ContentType.JSON)
          .body(batch.toString())
          .post("/api/v1/events")
          .then()
          .statusCode(202)
          .body("accepted", equalTo(2));
      // the producer gave up on them at least once: what a publish after commit would have lost
      await().atMost(Duration.ofSeconds(30)).until(() -> failedPasses() >= 2);
      assertThat(pendingInOutbox()).as("events waiting in the outbox").isEqualTo(4);

      broker.startBroker();
      List<ConsumerRecord<String, String>> records = topic.awaitAtLeast(5, Duration.ofSeconds(90));

      assertThat(records.stream().map(BrokerOutageTest::idOf).distinct())
          .as("the first time each event reached the topic")
          .containsExactly("e1", "e2", "e3", "e5", "e6");
      await().atMost(Duration.ofSeconds(30)).until(() -> pendingInOutbox() == 0);
    }
  }

  private static ObjectNode event(String id, String matter) {
    return Stories.event(id).put("source", "/outage-test").put("subject", matter);
  }

  private static void post(ObjectNode event) {
    given()
        .contentType(ContentType.JSON)
        .body(event.toString())
        .post("/api/v1/events")
        .then()
        .statusCode(202);
  }

  private static String idOf(ConsumerRecord<String, String> record) {
    try {
      return Stories.JSON.readTree(record.value()).get("id").asText();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable record " + record.value(), e);
    }
  }

  private double failedPasses() {
    return metrics.counter("yakusoku.outbox.relay.failures").count();
  }

  private static long pendingInOutbox() {
    return QuarkusTransaction.requiringNew().call(OutboxEntry::pending);
  }
}
