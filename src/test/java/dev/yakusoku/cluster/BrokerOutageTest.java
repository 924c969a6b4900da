package dev.yakusoku.cluster;

import static dev.yakusoku.cluster.EventPosts.event;
import static dev.yakusoku.cluster.EventPosts.pendingInOutbox;
import static dev.yakusoku.cluster.EventPosts.post;
import static dev.yakusoku.cluster.EventPosts.postBatch;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import dev.yakusoku.support.LiveService;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
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
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "rule-author", "admin"})
@TestProfile(BrokerOutageProfile.class)
class BrokerOutageTest {
  private static final String SOURCE = "/outage-test";

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
      post(event("e1", SOURCE, matter));
      topic.awaitAtLeast(1, Duration.ofSeconds(30));

      broker.stopBroker();
      post(event("e2", SOURCE, matter));
      post(event("e3", SOURCE, matter));
      // the client presses again after the promise: a duplicate escalation, once it is judged
      post(
          event("e2", SOURCE, matter)
              .put("id", "e2-again")
              .put("time", "2026-11-26T10:05:00+09:00"));
      postBatch(event("e6", SOURCE, matter), event("e5", SOURCE, matter));
      // the producer gave up on them at least once: what a publish after commit would have lost
      await().atMost(Duration.ofSeconds(30)).until(() -> failedPasses() >= 2);
      assertThat(pendingInOutbox()).as("events waiting in the outbox").isEqualTo(5);
      // still ready and alive: it accepts events, so a load balancer must keep sending them
      given().get("/q/health/ready").then().statusCode(200);
      given().get("/q/health/live").then().statusCode(200);

      broker.startBroker();
      List<ConsumerRecord<String, String>> records = topic.awaitAtLeast(6, Duration.ofSeconds(90));

      assertThat(records.stream().map(EventPosts::idOf).distinct())
          .as("the first time each event reached the topic")
          .containsExactly("e1", "e2", "e3", "e2-again", "e5", "e6");
      await().atMost(Duration.ofSeconds(30)).until(() -> pendingInOutbox() == 0);
      // and the engine that owns the matter's partition judged them
      await()
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(
              () ->
                  given()
                      .get("/api/v1/alerts?type=DUPLICATE_ESCALATION&matter=" + matter)
                      .then()
                      .body("$", hasSize(1))
                      .body("[0].evidence", hasItem(SOURCE + "/e2-again")));
    }
  }

  private double failedPasses() {
    return metrics.counter("yakusoku.outbox.relay.failures").count();
  }
}
