package dev.yakusoku.cluster;

import static dev.yakusoku.cluster.EventPosts.event;
import static dev.yakusoku.cluster.EventPosts.idOf;
import static dev.yakusoku.cluster.EventPosts.pendingInOutbox;
import static dev.yakusoku.cluster.EventPosts.post;
import static dev.yakusoku.cluster.EventPosts.postBatch;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yakusoku.engine.LiveEngines;
import dev.yakusoku.events.AcceptedEvent;
import dev.yakusoku.events.KeyedEvent;
import dev.yakusoku.ingest.OutboxEntry;
import dev.yakusoku.ingest.OutboxPruning;
import dev.yakusoku.ingest.OutboxRelay;
import dev.yakusoku.ingest.StoredEvent;
import dev.yakusoku.support.LiveService;
import dev.yakusoku.support.Stories;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The transactional outbox against the real PostgreSQL and the real broker on 127.0.0.1:9092: each
 * stored event is published once in the normal path, and a relay that dies after the broker's ack
 * but before marking its rows sent publishes them again, which a consumer of the topic ignores.
 */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "rule-author", "admin"})
@TestProfile(ClusterProfile.class)
class OutboxRelayTest {
  @Inject LiveService live;
  @Inject OutboxRelay relay;
  @Inject OutboxPruning pruning;
  @Inject LiveEngines engine;
  @Inject ObjectMapper json;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  private String source;
  private TopicReader topic;

  @BeforeEach
  void freshServiceAndTopicReader() {
    live.resetAt("2026-11-26T09:59:00+09:00");
    live.putStoryDirectory();
    source = "/outbox-test/" + UUID.randomUUID();
    topic = new TopicReader(bootstrapServers, ClusterProfile.EVENTS_TOPIC, r -> fromThisTest(r));
  }

  @AfterEach
  void close() {
    topic.close();
  }

  @Test
  void everyStoredEventIsPublishedOnceInAcceptanceOrderAndMarkedSent() {
    String matter = "M-outbox-" + UUID.randomUUID();
    post(event("e1", source, matter));
    post(event("e2", source, matter));
    postBatch(
        event("e6", source, matter), event("e3", source, matter), event("e5", source, matter));

    topic.awaitAtLeast(5, Duration.ofSeconds(20));
    // three scheduled passes more: nothing is published again
    List<ConsumerRecord<String, String>> records = topic.readFor(Duration.ofSeconds(3));

    assertThat(records).extracting(EventPosts::idOf).containsExactly("e1", "e2", "e3", "e5", "e6");
    assertThat(records).extracting(ConsumerRecord::key).containsOnly(matter);
    assertThat(pendingInOutbox()).isZero();
  }

  @Test
  void rowsPublishedBeforeTheCutoffArePrunedAndLaterOnesKept() {
    String matter = "M-prune-" + UUID.randomUUID();
    post(event("e1", source, matter));
    post(event("e2", source, matter));
    topic.awaitAtLeast(2, Duration.ofSeconds(20));
    await().atMost(Duration.ofSeconds(10)).until(() -> pendingInOutbox() == 0);
    Instant cutoff = live.clock().instant().plusSeconds(1);
    // e2 as if published after the cutoff
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                OutboxEntry.update(
                    "sentAt = ?1 where eventSeq in (select e.seq from StoredEvent e"
                        + " where e.source = ?2 and e.eventId = 'e2')",
                    cutoff.plusSeconds(60),
                    source));

    assertThat(pruning.pruneSentBefore(cutoff)).as("rows pruned").isEqualTo(1);
    assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEntry.count()))
        .as("rows left: e2's")
        .isEqualTo(1);
    assertThat(pruning.pruneSentBefore(cutoff)).as("pruned again").isZero();
  }

  @Test
  void rowsAckedButNotMarkedSentArePublishedAgainAndTheEngineIgnoresTheCopies() {
    postStory("e1", "e2", "e3", "e4");
    live.awaitAlerts("type=DUPLICATE_ESCALATION", 1);
    topic.awaitAtLeast(4, Duration.ofSeconds(20));
    await().atMost(Duration.ofSeconds(10)).until(() -> pendingInOutbox() == 0);

    // what a relay leaves behind that dies after the broker acked e4 and before its commit
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                OutboxEntry.update(
                    "sentAt = null where eventSeq in (select e.seq from StoredEvent e"
                        + " where e.source = ?1 and e.eventId = 'e4')",
                    source + "/reception"));
    relay.wake();

    List<ConsumerRecord<String, String>> records = topic.awaitAtLeast(5, Duration.ofSeconds(20));
    List<ConsumerRecord<String, String>> copies =
        records.stream().filter(r -> idOf(r).equals("e4")).toList();
    assertThat(copies).as("e4 on the topic, published again").hasSize(2);
    assertThat(copies)
        .as("a call with no subject is keyed by the matter identity resolution tied it to")
        .extracting(ConsumerRecord::key)
        .containsOnly("M-1");
    await().atMost(Duration.ofSeconds(10)).until(() -> pendingInOutbox() == 0);

    // the engine of the copies' partition is handed both again: the one judged already is ignored
    long firings = engine.firings();
    for (ConsumerRecord<String, String> copy : copies) {
      engine.accept(copy.partition(), List.of(new KeyedEvent(copy.key(), read(copy))));
    }
    assertThat(engine.firings()).as("rule firings after the copies").isEqualTo(firings);
    // while the same call under another id is a new event, judged again
    AcceptedEvent copy = read(copies.get(0));
    engine.accept(
        copies.get(0).partition(),
        List.of(
            new KeyedEvent(
                copies.get(0).key(),
                new AcceptedEvent(
                    copy.source(),
                    "e4-again",
                    copy.type(),
                    copy.subject(),
                    copy.time(),
                    copy.data()))));
    assertThat(engine.firings()).as("rule firings after a new id").isGreaterThan(firings);
    given()
        .get("/api/v1/alerts?type=DUPLICATE_ESCALATION")
        .then()
        .body("[0].occurrences", equalTo(1));
    assertThat(
            QuarkusTransaction.requiringNew()
                .call(
                    () ->
                        StoredEvent.count("source = ?1 and eventId = 'e4'", source + "/reception")))
        .as("e4 in the event log")
        .isEqualTo(1L);
  }

  @Test
  void aRowTheBrokerCanNeverTakeIsSetAsideAndQuarantinedAndTheRowsAfterItArePublished() {
    String matter = "M-large-" + UUID.randomUUID();
    // stored before events were bounded: over the producer's 1 MiB, the broker never takes it
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              StoredEvent row = new StoredEvent();
              row.source = source;
              row.eventId = "huge";
              row.type = "matter.resolved";
              row.subject = matter;
              row.matterKey = matter;
              row.time = Instant.parse("2026-11-26T00:59:00Z");
              row.receivedAt = row.time;
              row.data = "{\"note\": \"" + "x".repeat(1_100_000) + "\"}";
              row.persist();
              OutboxEntry entry = new OutboxEntry();
              entry.eventSeq = row.seq;
              entry.messageKey = matter;
              entry.persist();
            });
    relay.wake();
    post(event("e1", source, matter));

    List<ConsumerRecord<String, String>> records = topic.awaitAtLeast(1, Duration.ofSeconds(30));
    assertThat(records).extracting(EventPosts::idOf).containsExactly("e1");
    await().atMost(Duration.ofSeconds(10)).until(() -> pendingInOutbox() == 0);
    given()
        .get("/api/v1/quarantine")
        .then()
        .body("find { it.ref == '" + source + "/huge' }.stage", equalTo("publishing"));
  }

  /** Posts the story's events one a request, this test's source before each event's own. */
  private void postStory(String... ids) {
    for (JsonNode event : Stories.events(ids)) {
      ((ObjectNode) event).put("source", source + event.get("source").asText());
      live.clock().set(event.get("time").asText());
      live.post(event);
    }
  }

  private boolean fromThisTest(ConsumerRecord<String, String> record) {
    return record.value() != null && record.value().contains(source);
  }

  private AcceptedEvent read(ConsumerRecord<String, String> record) {
    try {
      return json.readValue(record.value(), AcceptedEvent.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable record " + record.value(), e);
    }
  }
}
