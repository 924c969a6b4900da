package dev.yakusoku.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A webhook receiving side on loopback, in the test's JVM, for the packaged service to post to:
 * what it answers (slowly, so deliveries are in flight; or 503, down), and every post it got, by
 * {@code X-Yakusoku-Delivery}. Also reads the service's notification log to hold the two side by
 * side.
 */
public final class WebhookReceiver implements AutoCloseable {
  public static final String DELIVERY = "X-Yakusoku-Delivery";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final WireMockServer server;

  public WebhookReceiver() {
    server =
        new WireMockServer(
            WireMockConfiguration.options()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .containerThreads(20)
                .jettyAcceptors(1));
    server.start();
  }

  /** Registers this receiver with the service as {@code id}, for every alert of {@code team}. */
  public void register(Supplier<RequestSpecification> admin, String id, String team) {
    admin
        .get()
        .contentType(ContentType.JSON)
        .body(
            """
            {"kind": "webhook", "teams": ["%s"], "severities": ["critical", "warning"],
             "url": "%s/hook"}"""
                .formatted(team, server.baseUrl()))
        .put("/api/v1/receivers/" + id)
        .then()
        .statusCode(201);
  }

  /** From now on, takes each post after {@code delayMillis}. */
  public void answerOk(int delayMillis) {
    server.resetMappings();
    server.stubFor(
        post("/hook").willReturn(aResponse().withStatus(200).withFixedDelay(delayMillis)));
  }

  /** From now on, is down: answers every post 503. */
  public void answerDown() {
    server.resetMappings();
    server.stubFor(post("/hook").willReturn(aResponse().withStatus(503).withBody("down")));
  }

  /** One post the receiver got: the notification it names, what it tells, how it was answered. */
  public record Arrival(long delivery, String alertId, String event, int status) {
    boolean taken() {
      return status / 100 == 2;
    }
  }

  /** Every post so far. */
  public List<Arrival> arrivals() {
    List<Arrival> arrivals = new ArrayList<>();
    for (ServeEvent e : server.getAllServeEvents()) {
      JsonNode body = read(e.getRequest().getBodyAsString());
      arrivals.add(
          new Arrival(
              Long.parseLong(e.getRequest().getHeader(DELIVERY)),
              body.get("alert").get("id").asText(),
              body.get("event").asText(),
              e.getResponse().getStatus()));
    }
    return arrivals;
  }

  /** The posts so far the receiver took (answered 2xx). */
  public List<Arrival> taken() {
    return arrivals().stream().filter(Arrival::taken).toList();
  }

  /** One entry of an alert's notification log (contract section 7). */
  public record Logged(String alertId, String receiver, String event, String status, int attempts) {
    String change() {
      return alertId + " " + event;
    }
  }

  /** The notification log of every alert the service holds. */
  public static List<Logged> log(Supplier<RequestSpecification> call) {
    List<String> ids =
        call.get()
            .get("/api/v1/alerts?limit=5000")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("id");
    List<Logged> log = new ArrayList<>();
    for (String id : ids) {
      JsonPath entries =
          call.get()
              .get("/api/v1/alerts/" + id + "/notifications")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      List<Map<String, Object>> list = entries.getList("$");
      for (Map<String, Object> e : list) {
        log.add(
            new Logged(
                id,
                (String) e.get("receiver"),
                (String) e.get("event"),
                (String) e.get("status"),
                (Integer) e.get("attempts")));
      }
    }
    return log;
  }

  /** Whether every entry of {@code log} is {@code sent}. */
  public static boolean allSent(List<Logged> log) {
    return !log.isEmpty() && log.stream().allMatch(l -> "sent".equals(l.status()));
  }

  /** What holding the receiver's posts against the log found. */
  public record Tally(int notifications, int posts, int taken, int repeats) {}

  /**
   * Asserts that the receiver took every notification of {@code log} and no other, each change
   * under one delivery id: none lost, none written twice. Answers the counts; {@code repeats} are
   * posts the receiver took again under an id it had taken already (at least once delivery).
   */
  public Tally assertEachChangeArrivedUnderOneDelivery(List<Logged> log) {
    List<Arrival> arrivals = arrivals();
    Map<String, Long> logged =
        log.stream()
            .collect(Collectors.groupingBy(Logged::change, TreeMap::new, Collectors.counting()));
    Map<String, Long> delivered =
        arrivals.stream()
            .filter(Arrival::taken)
            .collect(
                Collectors.groupingBy(
                    a -> a.alertId() + " " + a.event(),
                    TreeMap::new,
                    Collectors.collectingAndThen(
                        Collectors.mapping(Arrival::delivery, Collectors.toSet()),
                        s -> (long) s.size())));
    assertThat(logged.values())
        .as("notifications logged per (alert, event): one each")
        .allMatch(n -> n == 1);
    assertThat(delivered)
        .as("distinct deliveries the receiver took per (alert, event), against the log")
        .isEqualTo(logged);
    Map<Long, List<Arrival>> byDelivery =
        arrivals.stream().collect(Collectors.groupingBy(Arrival::delivery));
    byDelivery.forEach(
        (id, posts) ->
            assertThat(posts.stream().map(a -> a.alertId() + " " + a.event()).distinct())
                .as("what delivery " + id + " told, on every attempt")
                .hasSize(1));
    assertThat(byDelivery.keySet())
        .as("deliveries posted, each one the receiver took at last")
        .isEqualTo(
            arrivals.stream()
                .filter(Arrival::taken)
                .map(Arrival::delivery)
                .collect(Collectors.toSet()));
    long taken = arrivals.stream().filter(Arrival::taken).count();
    long takenIds =
        arrivals.stream().filter(Arrival::taken).map(Arrival::delivery).distinct().count();
    return new Tally(log.size(), arrivals.size(), (int) taken, (int) (taken - takenIds));
  }

  private static JsonNode read(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("the receiver got no JSON: " + body, e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
