package dev.yakusoku.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.yakusoku.events.AcceptedEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * REST ingestion load against a running service: posts a generated history once in batches of 1,000
 * and once one event a request, from several client threads, and prints events/s.
 *
 * <p>Run with {@code bench/ingest.sh}, which starts the packaged service on a fresh H2 file.
 */
public final class IngestLoad {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
    int matters = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    // "batched": only the batched run, printed as a `name value` line (bench/check.sh)
    boolean batchedOnly = args.length > 3 && args[3].equals("batched");
    ExecutorService io = Executors.newFixedThreadPool(threads);
    HttpClient client = HttpClient.newBuilder().executor(io).build();
    URI events = URI.create(base + "/api/v1/events");

    List<AcceptedEvent> batchHistory = renamed(SyntheticHistory.events(matters, 1), "/bench-batch");
    List<String> batches = new ArrayList<>();
    for (int i = 0; i < batchHistory.size(); i += 1000) {
      ArrayNode batch = JSON.createArrayNode();
      batchHistory
          .subList(i, Math.min(i + 1000, batchHistory.size()))
          .forEach(e -> batch.add(SyntheticHistory.cloudEvent(e)));
      batches.add(batch.toString());
    }
    double batchedSeconds = post(client, events, batches, threads);
    if (batchedOnly) {
      System.out.printf("batched.events_per_s %.0f%n", batchHistory.size() / batchedSeconds);
      io.shutdownNow();
      return;
    }
    report("batched (1,000 a request)", batchHistory.size(), batchedSeconds);

    List<AcceptedEvent> singleHistory =
        renamed(SyntheticHistory.events(matters / 5, 2), "/bench-single");
    List<String> singles =
        singleHistory.stream().map(e -> SyntheticHistory.cloudEvent(e).toString()).toList();
    report("single (1 a request)", singleHistory.size(), post(client, events, singles, threads));
    io.shutdownNow();
  }

  private static List<AcceptedEvent> renamed(List<AcceptedEvent> events, String source) {
    return events.stream()
        .map(e -> new AcceptedEvent(source, e.id(), e.type(), e.subject(), e.time(), e.data()))
        .toList();
  }

  /**
   * Posts {@code bodies} from {@code threads} client threads, each answered 202 (a 503 is waited
   * out and sent again); answers the seconds it took.
   */
  static double post(HttpClient client, URI uri, List<String> bodies, int threads)
      throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long started = System.nanoTime();
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement();
                    i < bodies.size();
                    i = next.getAndIncrement()) {
                  HttpRequest request =
                      BenchHttp.request(uri)
                          .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i)))
                          .build();
                  try {
                    int status =
                        BenchHttp.send(client, request, HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                    if (status != 202) {
                      failures.incrementAndGet();
                    }
                  } catch (Exception e) {
                    failures.incrementAndGet();
                  }
                }
                return null;
              }));
    }
    for (Future<?> w : workers) {
      w.get();
    }
    pool.shutdown();
    if (failures.get() > 0) {
      throw new IllegalStateException(failures.get() + " requests were not answered 202");
    }
    return (System.nanoTime() - started) / 1e9;
  }

  private static void report(String mode, int events, double seconds) {
    System.out.printf(
        "%s: %,d events in %.1f s = %,.0f events/s%n", mode, events, seconds, events / seconds);
  }
}
