package dev.yakusoku.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.yakusoku.support.AcknowledgedLoad;
import dev.yakusoku.support.WebhookReceiver;
import dev.yakusoku.support.WebhookReceiver.Arrival;
import dev.yakusoku.support.WebhookReceiver.Logged;
import dev.yakusoku.support.WebhookReceiver.Tally;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two replicas of the packaged clustered service on PostgreSQL, both relays delivering every second
 * in small batches to one webhook receiver on loopback, while events raising {@value #MATTERS}
 * alerts are posted to both: the receiver gets each notification exactly once, under one {@code
 * X-Yakusoku-Delivery}, and the log shows each sent after one attempt. Two relays claiming the same
 * row would post it twice.
 */
class OneReplicaSendsEachIT {
  private static final int MATTERS = 120;
  private static final int DELAY_MILLIS = 20;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String password = UUID.randomUUID().toString();
  private final List<Replica> replicas = new CopyOnWriteArrayList<>();
  private FreshCluster cluster;
  private WebhookReceiver receiver;

  @BeforeEach
  void freshCluster() throws Exception {
    RestAssured.baseURI = "http://127.0.0.1";
    cluster = FreshCluster.create();
    receiver = new WebhookReceiver();
  }

  @AfterEach
  void stop() {
    replicas.forEach(Replica::close);
    receiver.close();
  }

  @Test
  void eachNotificationIsSentByOneReplicaOnce() throws Exception {
    Map<String, String> settings = new HashMap<>(cluster.replicaSettings());
    // the scheduler looks once a second: a pass a second on each replica, as often as it goes
    settings.put("yakusoku.notifications.deliver-every", "1s");
    settings.put("yakusoku.notifications.batch-size", "10");
    Replica first = start("notify-replica-1", settings);
    Replica second = start("notify-replica-2", settings);
    await("both replicas own partitions")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> !first.partitions().isEmpty() && !second.partitions().isEmpty());
    receiver.answerOk(DELAY_MILLIS);
    receiver.register(first::call, "cluster-hook", AcknowledgedLoad.TEAM);

    for (int i = 0; i < MATTERS; i++) {
      ArrayNode batch = JSON.createArrayNode();
      AcknowledgedLoad.eventsOf("M-" + cluster.run() + "-" + i).forEach(batch::add);
      replicas
          .get(i % 2)
          .call()
          .contentType(ContentType.JSON)
          .body(batch.toString())
          .post("/api/v1/events")
          .then()
          .statusCode(202);
    }

    await(MATTERS + " deliveries taken")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> receiver.taken().stream().map(Arrival::delivery).distinct().count(),
            taken -> taken >= MATTERS);
    List<Logged> log =
        await("the log shows all " + MATTERS + " sent")
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(500))
            .until(
                () -> WebhookReceiver.log(second::call),
                l -> l.size() == MATTERS && WebhookReceiver.allSent(l));
    Thread.sleep(1_000); // ten more passes of each relay: a late double would show
    Tally tally = receiver.assertEachChangeArrivedUnderOneDelivery(log);
    Map<Long, Long> postsPerDelivery =
        receiver.arrivals().stream()
            .collect(Collectors.groupingBy(Arrival::delivery, Collectors.counting()));

    System.out.printf(
        "notifications from two replicas (PostgreSQL): %d logged, all sent; %d posts, %d"
            + " deliveries posted more than once%n",
        tally.notifications(),
        tally.posts(),
        postsPerDelivery.values().stream().filter(n -> n > 1).count());
    assertThat(postsPerDelivery)
        .as("posts per X-Yakusoku-Delivery")
        .hasSize(MATTERS)
        .allSatisfy((id, posts) -> assertThat(posts).as("posts of delivery " + id).isOne());
    assertThat(log).extracting(Logged::attempts).containsOnly(1);
  }

  private Replica start(String name, Map<String, String> settings) {
    Replica replica = Replica.start(name, password, settings);
    replicas.add(replica);
    return replica;
  }
}
