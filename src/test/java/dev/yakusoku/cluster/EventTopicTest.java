package dev.yakusoku.cluster;

import static dev.yakusoku.cluster.EventPosts.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yakusoku.engine.Partitioning;
import dev.yakusoku.support.Stories;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
  private TopicReader topic;
  private String source;
  private String matter;

  @BeforeEach
  void readTheTopicFromItsEnd() {
    String run = UUID.randomUUID().toString();
    source = "/event-topic-test/" + run;
    matter = "M-topic-" + run;
    topic =
        new TopicReader(
            ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
            ClusterProfile.EVENTS_TOPIC,
            r -> matter.equals(r.key()));
  }

  @AfterEach
  void close() {
    topic.close();
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
        .as("the partition a replica replays the matter for, reckoned from its key alone")
        .containsOnly(new Partitioning(ClusterProfile.TOPIC_PARTITIONS).of(matter));
    assertThat(records).extracting(EventPosts::idOf).containsExactly("e1", "e2");
  }

  private List<ConsumerRecord<String, String>> awaitRecords(int count) {
    return topic.awaitAtLeast(count, Duration.ofSeconds(20));
  }

  private ObjectNode event(String id) {
    return EventPosts.event(id, source, matter);
  }
}
