package dev.yakusoku.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Fills a running service with open matters for the restart benchmark ({@code bench/restart.sh}):
 * each opened, escalated by its client and promised a contact within 30 days, a second apart and
 * all in the past, so nothing is due and every matter stays open. Posted in batches of 1,000 from 8
 * threads; prints {@code name value} lines.
 */
public final class RestartLoad {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://127.0.0.1:18080";
    int matters = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    URI uri = URI.create(base + "/api/v1/events");
    Instant start = Instant.now().minusSeconds(matters + 3_600L);
    List<String> batches = new ArrayList<>();
    ArrayNode batch = JSON.createArrayNode();
    for (int m = 0; m < matters; m++) {
      for (ObjectNode e : matter(m, start.plusSeconds(m))) {
        batch.add(e);
        if (batch.size() == 1000) {
          batches.add(batch.toString());
          batch = JSON.createArrayNode();
        }
      }
    }
    if (!batch.isEmpty()) {
      batches.add(batch.toString());
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    HttpClient client = HttpClient.newBuilder().executor(pool).build();
    double seconds = IngestLoad.post(client, uri, batches, 8);
    System.out.printf("restart.open_matters %d%n", matters);
    System.out.printf("restart.events_posted %d%n", matters * 3);
    System.out.printf("restart.fill_events_per_s %.0f%n", matters * 3 / seconds);
    pool.shutdownNow();
  }

  private static List<ObjectNode> matter(int m, Instant t) {
    String matter = "M-restart-" + m;
    String client = "u-" + m;
    ObjectNode opened = event(matter, "opened", "matter.opened", t);
    opened
        .putObject("data")
        .put("client", client)
        .put("team", "t-" + (m % 4))
        .put("assignee", "s-" + (m % 20))
        .put("title", matter);
    ObjectNode escalated = event(matter, "escalated", "escalation.raised", t.plusMillis(200));
    escalated.putObject("data").put("by", client).put("to", "s-0").put("channel", "chat");
    ObjectNode promised = event(matter, "promised", "promise.made", t.plusMillis(400));
    promised
        .putObject("data")
        .put("promiseId", "P-" + m)
        .put("madeBy", "s-0")
        .put("madeTo", client)
        .put("kind", "contact")
        .put("within", "P30D");
    return List.of(opened, escalated, promised);
  }

  private static ObjectNode event(String matter, String what, String type, Instant time) {
    ObjectNode e = JSON.createObjectNode();
    e.put("specversion", "1.0");
    e.put("id", matter + "-" + what);
    e.put("source", "/restart-load");
    e.put("type", type);
    e.put("subject", matter);
    e.put("time", time.toString());
    return e;
  }
}
