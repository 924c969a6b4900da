package dev.yakusoku.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Clients posting matters to a running service from several threads, as a crash test needs them:
 * each matter is opened, escalated by its client, promised on and escalated again (so it implies
 * one duplicate escalation), posted as one batch or one event a request, on time. Every event is
 * kept, and which of them were answered 202: those the service has promised to keep.
 */
public final class AcknowledgedLoad {
  public static final String SOURCE = "/crash-test";
  public static final String TEAM = "t-crash";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String run;
  private final Map<String, List<ObjectNode>> matters = new ConcurrentHashMap<>();
  private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  private final List<String> refused = new CopyOnWriteArrayList<>();

  public AcknowledgedLoad(String run) {
    this.run = run;
  }

  /**
   * Posts from {@code threads} clients to {@code port} until {@code stop} is set; each thread
   * alternates between a matter in one batch and a matter one event a request.
   */
  public ExecutorService start(
      int port, String user, String password, int threads, AtomicBoolean stop) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    String auth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    for (int t = 0; t < threads; t++) {
      int thread = t;
      pool.execute(
          () -> {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            for (int k = 0; !stop.get(); k++) {
              List<ObjectNode> events = matter("M-" + run + "-" + thread + "-" + k);
              if (k % 2 == 0) {
                post(http, port, auth, JSON.createArrayNode().addAll(events), events);
              } else {
                for (ObjectNode event : events) {
                  if (!post(http, port, auth, event, List.of(event))) {
                    break;
                  }
                }
              }
            }
          });
    }
    pool.shutdown();
    return pool;
  }

  /** Posts {@code body}; answers whether it was acknowledged (202), recording its events if so. */
  private boolean post(
      HttpClient http, int port, String auth, JsonNode body, List<ObjectNode> events) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/events"))
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", auth)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 202) {
        events.forEach(e -> acknowledged.add(e.get("id").asText()));
        return true;
      }
      if (response.statusCode() != 503) {
        refused.add(response.statusCode() + " " + response.body());
      }
      Thread.sleep(50);
      return false;
    } catch (IOException e) {
      return false; // the service is gone, or going: the events are unacknowledged
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private List<ObjectNode> matter(String matter) {
    List<ObjectNode> events = eventsOf(matter);
    matters.put(matter, events);
    return events;
  }

  /**
   * The four events of {@code matter}, timed now: opened, escalated, promised on and escalated
   * again, so they imply one duplicate escalation (a warning) for team {@code t-crash}.
   */
  public static List<ObjectNode> eventsOf(String matter) {
    Instant t = Instant.now();
    String client = "c-" + matter;
    List<ObjectNode> events = new ArrayList<>();
    events.add(
        event(matter, "opened", "matter.opened", t)
            .put("subject", matter)
            .set(
                "data",
                JSON.createObjectNode()
                    .put("client", client)
                    .put("team", TEAM)
                    .put("assignee", "s-crash")
                    .put("title", "crash test " + matter)));
    events.add(escalation(matter, "escalated", client, t.plusMillis(1)));
    events.add(
        event(matter, "promised", "promise.made", t.plusMillis(2))
            .set(
                "data",
                JSON.createObjectNode()
                    .put("promiseId", "P-" + matter)
                    .put("madeBy", "s-crash-manager")
                    .put("madeTo", client)
                    .put("kind", "contact")
                    .put("within", "P2D")));
    events.add(escalation(matter, "escalated-again", client, t.plusMillis(3)));
    return events;
  }

  private static ObjectNode escalation(String matter, String name, String by, Instant time) {
    return (ObjectNode)
        event(matter, name, "escalation.raised", time)
            .set(
                "data",
                JSON.createObjectNode()
                    .put("by", by)
                    .put("to", "s-crash-manager")
                    .put("channel", "chat"));
  }

  private static ObjectNode event(String matter, String name, String type, Instant time) {
    return JSON.createObjectNode()
        .put("specversion", "1.0")
        .put("id", matter + "-" + name)
        .put("source", SOURCE)
        .put("type", type)
        .put("subject", matter)
        .put("time", time.toString());
  }

  /** Waits for the clients to stop. */
  public static void await(ExecutorService pool) throws InterruptedException {
    if (!pool.awaitTermination(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the load clients did not stop");
    }
  }

  /** Every matter posted, or tried, with its events. */
  public Map<String, List<ObjectNode>> matters() {
    return matters;
  }

  /** The ids of the events answered 202. */
  public Set<String> acknowledged() {
    return acknowledged;
  }

  /** Answers other than 202 and 503 (engine busy): none are expected. */
  public List<String> refused() {
    return refused;
  }

  /**
   * The events posted or tried, acknowledged ({@code true}) or not, as batches of at most 1,000.
   */
  public List<ArrayNode> batches(boolean wereAcknowledged) {
    List<ArrayNode> batches = new ArrayList<>();
    ArrayNode batch = JSON.createArrayNode();
    for (List<ObjectNode> events : matters.values()) {
      for (ObjectNode event : events) {
        if (acknowledged.contains(event.get("id").asText()) == wereAcknowledged) {
          if (batch.size() == 1000) {
            batches.add(batch);
            batch = JSON.createArrayNode();
          }
          batch.add(event);
        }
      }
    }
    if (!batch.isEmpty()) {
      batches.add(batch);
    }
    return batches;
  }
}
