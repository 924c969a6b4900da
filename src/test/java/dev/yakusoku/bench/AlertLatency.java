package dev.yakusoku.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Event-to-alert latency of a running service: for each sample, a matter is opened, escalated and
 * promised; then its client escalates again, which the rules judge a duplicate escalation at once.
 * The figure is the time from sending that second escalation until the alert arrives on the live
 * stream ({@code GET /api/v1/alerts/stream}) of the replica named last, which may be another one.
 * Clustered, the path is: store and outbox, relay to {@code yakusoku.events}, the owning replica's
 * engine, the alert store, {@code yakusoku.alerts}, the streaming replica.
 *
 * <p>Run with {@code bench/cluster.sh}.
 */
public final class AlertLatency {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    String ingest = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
    int samples = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    String stream = args.length > 2 ? args[2] : ingest;
    HttpClient client = HttpClient.newHttpClient();
    Map<String, Long> arrived = new ConcurrentHashMap<>();
    client
        .sendAsync(
            BenchHttp.request(URI.create(stream + "/api/v1/alerts/stream"))
                .header("Accept", "text/event-stream")
                .build(),
            HttpResponse.BodyHandlers.ofLines())
        .thenAccept(
            response ->
                response
                    .body()
                    .filter(line -> line.startsWith("data:"))
                    .forEach(line -> noteArrival(line.substring(5), arrived)));
    Thread.sleep(2_000); // the stream is open

    String run = UUID.randomUUID().toString().substring(0, 8);
    URI events = URI.create(ingest + "/api/v1/events");
    List<Double> latencies = new ArrayList<>();
    int missing = 0;
    // the first samples wait out whatever the engines are still judging, and warm the paths up
    int warmUp = 20;
    for (int i = -warmUp; i < samples; i++) {
      String matter = "L-" + run + "-" + i;
      Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
      ArrayNode opening = JSON.createArrayNode();
      opening.add(event(matter, "open", "matter.opened", now.minusSeconds(60), opened()));
      opening.add(event(matter, "first", "escalation.raised", now.minusSeconds(50), escalated()));
      opening.add(event(matter, "promise", "promise.made", now.minusSeconds(40), promised()));
      post(client, events, opening.toString());
      long sent = System.nanoTime();
      post(
          client, events, event(matter, "again", "escalation.raised", now, escalated()).toString());
      long deadline = sent + TimeUnit.SECONDS.toNanos(i < 0 ? 300 : 30);
      while (!arrived.containsKey(matter) && System.nanoTime() < deadline) {
        Thread.sleep(1);
      }
      Long at = arrived.get(matter);
      if (i < 0) {
        continue;
      }
      if (at == null) {
        missing++;
      } else {
        latencies.add((at - sent) / 1_000_000.0);
      }
    }
    Collections.sort(latencies);
    System.out.printf(
        "event-to-alert latency over %d samples (%d missing): p50 %.1f ms, p90 %.1f ms,"
            + " p99 %.1f ms, max %.1f ms%n",
        latencies.size(),
        missing,
        percentile(latencies, 0.50),
        percentile(latencies, 0.90),
        percentile(latencies, 0.99),
        latencies.isEmpty() ? Double.NaN : latencies.get(latencies.size() - 1));
    System.exit(0);
  }

  private static void noteArrival(String data, Map<String, Long> arrived) {
    long now = System.nanoTime();
    try {
      JsonNode alert = JSON.readTree(data);
      if ("DUPLICATE_ESCALATION".equals(alert.path("type").asText())) {
        arrived.putIfAbsent(alert.path("matterId").asText(), now);
      }
    } catch (Exception e) {
      // not an alert: ignored
    }
  }

  private static ObjectNode event(
      String matter, String id, String type, Instant time, ObjectNode data) {
    ObjectNode event = JSON.createObjectNode();
    event.put("specversion", "1.0");
    event.put("id", matter + "-" + id);
    event.put("source", "/bench-latency");
    event.put("type", type);
    event.put("subject", matter);
    event.put("time", time.toString());
    event.set("data", data);
    return event;
  }

  private static ObjectNode opened() {
    return JSON.createObjectNode()
        .put("client", "c-latency")
        .put("team", "t-latency")
        .put("assignee", "s-latency")
        .put("title", "latency sample");
  }

  private static ObjectNode escalated() {
    return JSON.createObjectNode()
        .put("by", "c-latency")
        .put("to", "s-latency-manager")
        .put("channel", "phone");
  }

  private static ObjectNode promised() {
    return JSON.createObjectNode()
        .put("promiseId", "P-1")
        .put("madeBy", "s-latency-manager")
        .put("madeTo", "c-latency")
        .put("kind", "contact")
        .put("within", "P1D");
  }

  private static void post(HttpClient client, URI uri, String body) throws Exception {
    HttpResponse<String> response =
        BenchHttp.send(
            client,
            BenchHttp.request(uri).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 202) {
      throw new IllegalStateException(response.statusCode() + " " + response.body());
    }
  }

  private static double percentile(List<Double> sorted, double share) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(share * sorted.size()) - 1));
  }
}
