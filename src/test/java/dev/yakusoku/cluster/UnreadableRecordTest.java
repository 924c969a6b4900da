package dev.yakusoku.cluster;

import static dev.yakusoku.cluster.EventPosts.event;
import static dev.yakusoku.cluster.EventPosts.post;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yakusoku.support.LiveService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A record on the events topic that is no event (not ours, or corrupted) stops nothing: it goes to
 * the dead-letter topic, and the engine of its partition judges the records after it.
 */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "rule-author", "admin"})
@TestProfile(ClusterProfile.class)
class UnreadableRecordTest {
  @Inject LiveService live;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @BeforeEach
  void storyDirectory() {
    live.resetAt("2026-11-26T09:59:00+09:00");
    live.putStoryDirectory();
  }

  @Test
  void aRecordThatIsNoEventIsDeadLetteredAndTheNextOnItsPartitionIsJudged() throws Exception {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      if (!admin.listTopics().names().get().contains(ClusterProfile.DEAD_LETTER_TOPIC)) {
        admin
            .createTopics(List.of(new NewTopic(ClusterProfile.DEAD_LETTER_TOPIC, 1, (short) 1)))
            .all()
            .get();
      }
    }
    String source = "/unreadable-test/" + UUID.randomUUID();
    String matter = "M-1";
    try (TopicReader deadLetters =
            new TopicReader(
                bootstrapServers,
                ClusterProfile.DEAD_LETTER_TOPIC,
                r -> r.key() != null && r.key().equals(matter));
        KafkaProducer<String, String> producer =
            new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(),
                new StringSerializer())) {
      producer.send(
          new ProducerRecord<>(ClusterProfile.EVENTS_TOPIC, matter, "{this is not an event"));
      producer.flush();

      live.postStoryEvents("e1");
      post(event("e2", source, matter));
      post(event("e3", source, matter));
      live.postStoryEvents("e4");

      live.awaitAlerts("type=DUPLICATE_ESCALATION&matter=" + matter, 1);
      List<ConsumerRecord<String, String>> dead =
          deadLetters.awaitAtLeast(1, Duration.ofSeconds(30));
      assertThat(dead).hasSize(1);
    }
  }
}
