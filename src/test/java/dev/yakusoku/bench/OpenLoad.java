package dev.yakusoku.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Single posts at a fixed rate, open loop: request {@code i} is due at {@code start + i/rate},
 * whatever the answers to the earlier ones, and its latency counts from when it was due, so a
 * service that falls behind shows it (no coordinated omission). Eight connections, one client each;
 * a request due while all eight are busy waits its turn, and that wait counts. The events are on
 * time, a matter's four one after the other (opened, escalated, promised, escalated again, which
 * raises a duplicate escalation); the alert stream is read all along, and the last matter's
 * duplicate escalation on it is timed against the last 202.
 *
 * <p>The service is warmed first (a quarter of the rate for ten seconds, or the fifth argument's
 * seconds; 0 for none), not counted. Prints {@code name value} lines. Run by {@code
 * bench/check.sh}.
 */
public final class OpenLoad {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CONNECTIONS = 8;

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://127.0.0.1:18080";
    int rate = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    String prefix = args.length > 3 ? args[3] : "single";
    int warmSeconds = args.length > 4 ? Integer.parseInt(args[4]) : 10;
    URI events = URI.create(base + "/api/v1/events");
    if (warmSeconds > 0) {
      // a warm service is measured: a quarter of the rate first, not counted
      openLoop(
          events, "warm-" + Long.toString(System.currentTimeMillis(), 36), rate / 4, warmSeconds);
      Thread.sleep(3_000);
    }
    int total = rate * seconds;
    String run = Long.toString(System.currentTimeMillis(), 36);

    AlertWatch watch = AlertWatch.start(URI.create(base + "/api/v1/alerts/stream"));
    Outcome outcome = openLoop(events, run, rate, seconds);
    long[] latency = outcome.latency();
    AtomicInteger refused = outcome.refused();
    AtomicInteger failed = outcome.failed();
    AtomicLong lastAccepted = outcome.lastAccepted();
    // the last matter whose four events were all sent: its second escalation is the duplicate
    String lastMatter = matter(run, total / 4 * 4 - 1);
    Long alertAt = watch.awaitDuplicateOn(lastMatter, Duration.ofSeconds(30));
    long[] sorted = Arrays.copyOf(latency, total);
    Arrays.sort(sorted);
    System.out.printf("%s.rate_per_s %d%n", prefix, rate);
    System.out.printf("%s.requests %d%n", prefix, total);
    System.out.printf("%s.p50_ms %.2f%n", prefix, sorted[total / 2] / 1e6);
    System.out.printf("%s.p99_ms %.2f%n", prefix, sorted[(int) (total * 0.99)] / 1e6);
    System.out.printf("%s.max_ms %.2f%n", prefix, sorted[total - 1] / 1e6);
    System.out.printf("%s.refused %d%n", prefix, refused.get());
    System.out.printf("%s.failed %d%n", prefix, failed.get());
    System.out.printf(
        "%s.last_alert_after_last_202_ms %s%n",
        prefix,
        alertAt == null ? "none" : String.format("%.1f", (alertAt - lastAccepted.get()) / 1e6));
    watch.close();
    System.exit(failed.get() == 0 ? 0 : 1);
  }

  /** What an open-loop run saw: each request's latency from when it was due, and its answers. */
  private record Outcome(
      long[] latency, AtomicInteger refused, AtomicInteger failed, AtomicLong lastAccepted) {}

  /** Posts {@code rate * seconds} requests of {@code run}, each at its due time, and waits. */
  private static Outcome openLoop(URI events, String run, int rate, int seconds)
      throws InterruptedException {
    int total = rate * seconds;
    LinkedBlockingQueue<Integer> due = new LinkedBlockingQueue<>();
    long[] latency = new long[total];
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicLong lastAccepted = new AtomicLong();
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
    ExecutorService connections = Executors.newFixedThreadPool(CONNECTIONS);
    for (int c = 0; c < CONNECTIONS; c++) {
      connections.execute(
          () -> {
            HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            try {
              for (Integer i = due.take(); i >= 0; i = due.take()) {
                HttpRequest request =
                    BenchHttp.request(events)
                        .POST(HttpRequest.BodyPublishers.ofString(event(run, i).toString()))
                        .build();
                int status =
                    client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                long answered = System.nanoTime();
                latency[i] = answered - (start + (long) i * 1_000_000_000L / rate);
                if (status == 202) {
                  lastAccepted.accumulateAndGet(answered, Math::max);
                } else if (status == 503) {
                  refused.incrementAndGet();
                } else {
                  failed.incrementAndGet();
                }
              }
            } catch (Exception e) {
              failed.incrementAndGet();
            }
          });
    }
    for (int i = 0; i < total; i++) {
      long at = start + (long) i * 1_000_000_000L / rate;
      long wait = at - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      due.add(i);
    }
    for (int c = 0; c < CONNECTIONS; c++) {
      due.add(-1);
    }
    connections.shutdown();
    connections.awaitTermination(5, TimeUnit.MINUTES);
    return new Outcome(latency, refused, failed, lastAccepted);
  }

  /** Request {@code i}: the {@code i % 4}-th event of matter {@code i / 4}, on time. */
  static ObjectNode event(String run, int i) {
    String matter = matter(run, i);
    String client = "c-" + matter;
    ObjectNode e = JSON.createObjectNode();
    e.put("id", matter + "-" + (i % 4)).put("source", "/open-load").put("subject", matter);
    e.put("time", Instant.now().toString());
    ObjectNode data = e.putObject("data");
    switch (i % 4) {
      case 0 -> {
        e.put("type", "matter.opened");
        data.put("client", client).put("team", "t-0").put("assignee", "s-1").put("title", matter);
      }
      case 2 -> {
        e.put("type", "promise.made");
        data.put("promiseId", "P-1").put("madeBy", "s-0").put("madeTo", client);
        data.put("kind", "contact").put("within", "P2D");
      }
      default -> {
        e.put("type", "escalation.raised");
        data.put("by", client).put("to", "s-0").put("channel", "chat");
      }
    }
    return e;
  }

  static String matter(String run, int i) {
    return "M-open-" + run + "-" + (i / 4);
  }

  /**
   * The alert stream, read from the start of the run, noting when each duplicate escalation came.
   */
  static final class AlertWatch implements AutoCloseable {
    private final List<String> lines = new ArrayList<>();
    private final List<Long> arrivals = new ArrayList<>();
    private final HttpClient client = HttpClient.newHttpClient();

    static AlertWatch start(URI stream) throws InterruptedException {
      AlertWatch watch = new AlertWatch();
      watch.client.sendAsync(
          BenchHttp.request(stream).header("Accept", "text/event-stream").GET().build(),
          HttpResponse.BodyHandlers.fromLineSubscriber(new LineSink(watch)));
      Thread.sleep(500);
      return watch;
    }

    synchronized void line(String line) {
      if (line.startsWith("data:") && line.contains("DUPLICATE_ESCALATION")) {
        lines.add(line);
        arrivals.add(System.nanoTime());
      }
    }

    /** When the duplicate escalation of {@code matter} arrived, waiting for it; null if never. */
    Long awaitDuplicateOn(String matter, Duration atMost) throws InterruptedException {
      long until = System.nanoTime() + atMost.toNanos();
      while (System.nanoTime() < until) {
        synchronized (this) {
          for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("\"" + matter + "\"")) {
              return arrivals.get(i);
            }
          }
        }
        Thread.sleep(20);
      }
      return null;
    }

    @Override
    public void close() {
      // the stream's connection ends with the process
    }
  }

  private record LineSink(AlertWatch watch)
      implements java.util.concurrent.Flow.Subscriber<String> {
    @Override
    public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(String line) {
      watch.line(line);
    }

    @Override
    public void onError(Throwable throwable) {}

    @Override
    public void onComplete() {}
  }
}
