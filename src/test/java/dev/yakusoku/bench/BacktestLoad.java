package dev.yakusoku.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yakusoku.directory.DirectoryEntry;
import dev.yakusoku.events.AcceptedEvent;
import dev.yakusoku.rules.LiveRuleSet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Backtest speed against a running service: stores a generated history (directory and events, in
 * batches of 1,000), lets the live engine settle, then backtests the shipped rules as the draft
 * over the whole history and prints events replayed per second.
 *
 * <p>Run with {@code bench/backtest.sh}, which starts the packaged service on a fresh H2 file.
 */
public final class BacktestLoad {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
    int matters = args.length > 1 ? Integer.parseInt(args[1]) : 11_000;
    List<AcceptedEvent> history = SyntheticHistory.events(matters, 7);
    for (int t = 0; t < 4; t++) {
      send(
          "PUT",
          base + "/api/v1/teams/t-" + t,
          "{\"name\":\"Team " + t + "\",\"manager\":\"s-" + (t * 5) + "\"}",
          201,
          200);
    }
    for (DirectoryEntry p : SyntheticHistory.parties(matters)) {
      ObjectNode body = JSON.createObjectNode();
      body.put("kind", p.kind()).put("name", p.name());
      body.set("aliases", JSON.valueToTree(p.aliases()));
      body.set("phones", JSON.valueToTree(p.phones()));
      if (p.team() != null) {
        body.put("team", p.team());
      }
      send("PUT", base + "/api/v1/parties/" + p.id(), body.toString(), 201, 200);
    }
    for (int i = 0; i < history.size(); i += 1000) {
      ArrayNode batch = JSON.createArrayNode();
      history
          .subList(i, Math.min(i + 1000, history.size()))
          .forEach(e -> batch.add(SyntheticHistory.cloudEvent(e)));
      send("POST", base + "/api/v1/events", batch.toString(), 202);
    }
    awaitSettled(base);

    ObjectNode request = JSON.createObjectNode();
    request.set("rules", JSON.valueToTree(LiveRuleSet.readDrl(Path.of("rules"))));
    request.put("from", SyntheticHistory.START.toString());
    request.put(
        "to",
        SyntheticHistory.START.plusSeconds(60L * matters).plusSeconds(14 * 86_400).toString());
    long started = System.nanoTime();
    JsonNode job =
        JSON.readTree(send("POST", base + "/api/v1/rules/backtest", request.toString(), 202));
    String id = job.get("id").asText();
    JsonNode status;
    do {
      Thread.sleep(200);
      status = JSON.readTree(send("GET", base + "/api/v1/rules/backtest/" + id, null, 200));
    } while (List.of("queued", "running").contains(status.get("state").asText()));
    double seconds = (System.nanoTime() - started) / 1e9;
    long replayed = status.get("replayed").asLong();
    System.out.printf(
        "backtest %s: %,d events of %,d matters through draft and live in %.1f s = %,.0f events/s;"
            + " counts %s%n",
        status.get("state").asText(),
        replayed,
        matters,
        seconds,
        replayed / seconds,
        status.path("result").path("counts"));
  }

  /** Waits until the live engine has judged what was posted: its firing count stops moving. */
  private static void awaitSettled(String base) throws Exception {
    String last = "";
    Instant since = Instant.now();
    while (Instant.now().isBefore(since.plusSeconds(3))) {
      String fired =
          send("GET", base + "/q/metrics", null, 200)
              .lines()
              .filter(l -> l.startsWith("yakusoku_rules_fired_total"))
              .findFirst()
              .orElse("");
      if (!fired.equals(last)) {
        last = fired;
        since = Instant.now();
      }
      Thread.sleep(500);
    }
  }

  private static String send(String method, String url, String body, int... ok) throws Exception {
    HttpRequest.Builder request = BenchHttp.request(URI.create(url));
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> response =
        BenchHttp.send(HTTP, request.build(), HttpResponse.BodyHandlers.ofString());
    for (int status : ok) {
      if (response.statusCode() == status) {
        return response.body();
      }
    }
    throw new IllegalStateException(
        method + " " + url + " answered " + response.statusCode() + ": " + response.body());
  }
}
