package dev.yakusoku.cluster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yakusoku.support.Stories;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Clustered, accepted events reach the topic {@code yakusoku.events} of the real broker on
 * 127.0.0.1:9092 (started by scripts/services.sh), keyed by matter id, read back here by a plain
 * consumer.
 */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "rule-author", "admin"})
@TestProfile(ClusterProfile.class)
class EventTopicTest {
  private static final String TOPIC = "yakusoku.events";

  private KafkaConsumer<String, String> consumer;
  private String source;
  private String matter;

  @BeforeEach
  void readTheTopicFromItsEnd() {
    String run = UUID.randomUUID().toString();
    source = "/event-topic-test/" + run;
    matter = "M-topic-" + run;
    consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class)),
            new StringDeserializer(),
            new StringDeserializer());
    List<TopicPartition> partitions =
        consumer.partitionsFor(TOPIC, Duration.ofSeconds(10)).stream()
            .map(p -> new TopicPartition(p.topic(), p.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position);
  }

  @AfterEach
  void close() {
    consumer.close();
  }

  @Test
  void anEventPostedOverRestReachesTheTopicKeyedByItsMatter() throws Exception {
    post(event("e1"));

    List<ConsumerRecord<String, String>> records = awaitRecords(1);

    assertThat(records.get(0).key()).isEqualTo(matter);
    JsonNode published = Stories.JSON.readTree(records.get(0).value());
    assertThat(published.get("id").asText()).isEqualTo("e1");
    assertThat(published.get("source").asText()).isEqualTo(source);
    assertThat(published.get("type").asText()).isEqualTo("matter.opened");
    assertThat(published.get("subject").asText()).isEqualTo(matter);
  }

  @Test
  void theEventsOfOneMatterArriveInOrderOnOnePartitionAndADuplicateIsNotPublished() {
    post(event("e1"));
    post(event("e1"));
    post(event("e2"));

    List<ConsumerRecord<String, String>> records = awaitRecords(2);

    assertThat(records)
        .extracting(ConsumerRecord::partition)
        .containsOnly(records.get(0).partition());
    assertThat(records)
        .extracting(r -> Stories.JSON.readTree(r.value()).get("id").asText())
        .containsExactly("e1", "e2");
  }

  /** Waits for the records of this test's matter; the last is read after every earlier one. */
  private List<ConsumerRecord<String, String>> awaitRecords(int count) {
    List<ConsumerRecord<String, String>> mine = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> {
              consumer
                  .poll(Duration.ofMillis(200))
                  .forEach(
                      r -> {
                        if (matter.equals(r.key())) {
                          mine.add(r);
                        }
                      });
              return mine.size() >= count;
            });
    return mine;
  }

  private ObjectNode event(String id) {
    return Stories.event(id).put("source", source).put("subject", matter);
  }

  private static void post(ObjectNode event) {
    given()
        .contentType(ContentType.JSON)
        .body(event.toString())
        .post("/api/v1/events")
        .then()
        .statusCode(202);
  }
}
