package dev.yakusoku.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yakusoku.engine.Partitioning;
import dev.yakusoku.support.Stories;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two replicas of the packaged clustered service, on the real PostgreSQL and Kafka broker of
 * scripts/services.sh, share the partitions of the events topic. The replica holding the story's
 * matter is killed mid-story, after it raised what was due; the other takes its partitions over,
 * rebuilds the matter from the stored log, and the promise's deadline still breaks it, once, at its
 * due time; nothing raised before the kill is raised again. Real wall-clock time: about a minute.
 */
class ReplicaTakeoverIT {
  private static final int PARTITIONS = ClusterProfile.TOPIC_PARTITIONS;
  private static final Partitioning PARTITIONING = new Partitioning(PARTITIONS);
  private static final String CALL_SOURCE = "/reception";

  private FreshCluster cluster;
  private final String password = UUID.randomUUID().toString();
  private final List<Replica> replicas = new CopyOnWriteArrayList<>();
  private final List<String> streamed = new CopyOnWriteArrayList<>();

  @BeforeEach
  void freshCluster() throws Exception {
    RestAssured.baseURI = "http://127.0.0.1";
    cluster = FreshCluster.create();
  }

  @AfterEach
  void stopReplicas() {
    replicas.forEach(Replica::close);
  }

  @Test
  void theSurvivorTakesOverAKilledReplicasMatterAndItsDeadlineFiresOnce() throws Exception {
    Replica first = start("replica-1");
    Replica second = start("replica-2");
    awaitPartitionsShared(first, second);

    // the replica that will die holds the matter; the other holds the call's source key, so a
    // call keyed by its source instead of its matter would reach an engine without the matter
    Replica survivor = first.partitions().contains(PARTITIONING.of(CALL_SOURCE)) ? first : second;
    Replica doomed = survivor == first ? second : first;
    String matter = matterOn(doomed.partitions());
    subscribe(survivor);

    Stories.putDirectory(survivor::call);
    Thread.sleep(4_000); // longer than yakusoku.directory.refresh-every: both engines know it

    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Instant due = now.plusSeconds(30);
    post(doomed, event("e1", matter, now.minusSeconds(120)));
    post(doomed, event("e2", matter, now.minusSeconds(110)));
    ObjectNode promise = event("e3", matter, now);
    ((ObjectNode) promise.get("data")).remove("by");
    ((ObjectNode) promise.get("data")).put("within", "PT30S");
    post(doomed, promise);
    ObjectNode call = event("e4", null, now.plusSeconds(1));
    call.remove("subject");
    post(doomed, call);

    // raised by the doomed replica's engine before it dies
    String duplicate = awaitOne(survivor, matter, "DUPLICATE_ESCALATION");
    String atRisk = awaitOne(survivor, matter, "PROMISE_AT_RISK"); // at 75% of 30 s
    assertThat(Instant.now()).as("still before the due time").isBefore(due);
    int taken = doomed.partitions().size();
    long killedAt = System.nanoTime();
    doomed.kill();

    await("the survivor owns every partition")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> survivor.partitions().size() == PARTITIONS);
    Duration takeover = Duration.ofNanos(System.nanoTime() - killedAt);
    String broken = awaitOne(survivor, matter, "BROKEN_PROMISE");

    survivor
        .call()
        .get("/api/v1/alerts/" + broken)
        .then()
        .body("firstRaisedAt", equalTo(tokyo(due)))
        .body("occurrences", equalTo(1));
    for (String earlier : List.of(duplicate, atRisk)) {
      survivor.call().get("/api/v1/alerts/" + earlier).then().body("occurrences", equalTo(1));
    }
    survivor.call().get("/api/v1/alerts?matter=" + matter).then().body("$", hasSize(3));
    assertThat(streamed)
        .as("the survivor's stream heard of alerts the other replica's engine raised")
        .anyMatch(line -> line.contains(duplicate));
    System.out.printf(
        "takeover of %d partitions after a kill: %d ms (session timeout 10 s)%n",
        taken, takeover.toMillis());
  }

  private Replica start(String name) {
    Replica replica = Replica.start(name, password, cluster.replicaSettings());
    replicas.add(replica);
    return replica;
  }

  private static void awaitPartitionsShared(Replica first, Replica second) {
    await("both replicas own partitions, together all")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              Set<Integer> a = first.partitions();
              Set<Integer> b = second.partitions();
              Set<Integer> all = new TreeSet<>(a);
              all.addAll(b);
              return !a.isEmpty() && !b.isEmpty() && all.size() == PARTITIONS;
            });
  }

  private String matterOn(Set<Integer> partitions) {
    for (int i = 0; ; i++) {
      String matter = "M-it-" + cluster.run() + "-" + i;
      if (partitions.contains(PARTITIONING.of(matter))) {
        return matter;
      }
    }
  }

  /** The story's event {@code id} on {@code matter}, at {@code time}, unique to this run. */
  private ObjectNode event(String id, String matter, Instant time) {
    ObjectNode event =
        Stories.event(id).put("id", id + "-" + cluster.run()).put("time", tokyo(time));
    if (matter != null) {
      event.put("subject", matter);
    }
    return event;
  }

  private static void post(Replica replica, JsonNode event) {
    replica
        .call()
        .contentType(ContentType.JSON)
        .body(event.toString())
        .post("/api/v1/events")
        .then()
        .statusCode(202);
  }

  /** Waits for the one alert of {@code type} on {@code matter} and answers its id. */
  private static String awaitOne(Replica replica, String matter, String type) {
    await(type + " on " + matter)
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () ->
                replica
                    .call()
                    .get("/api/v1/alerts?matter=" + matter + "&type=" + type)
                    .then()
                    .extract()
                    .jsonPath()
                    .getList("$")
                    .size(),
            size -> size > 0);
    List<String> ids =
        replica
            .call()
            .get("/api/v1/alerts?matter=" + matter + "&type=" + type)
            .then()
            .extract()
            .jsonPath()
            .getList("id");
    assertThat(ids).as(type + " alerts on " + matter).hasSize(1);
    return ids.get(0);
  }

  /** Collects the lines of {@code replica}'s alert stream. */
  private void subscribe(Replica replica) {
    String auth = Base64.getEncoder().encodeToString((Replica.USER + ":" + password).getBytes());
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + replica.port() + "/api/v1/alerts/stream"))
            .header("Authorization", "Basic " + auth)
            .header("Accept", "text/event-stream")
            .build();
    HttpClient.newHttpClient()
        .sendAsync(request, HttpResponse.BodyHandlers.ofLines())
        .thenAccept(response -> response.body().forEach(streamed::add));
  }

  /** As the service writes times: in the calendar's zone. */
  private static String tokyo(Instant time) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.atZone(ZoneId.of("Asia/Tokyo")));
  }
}
