package dev.yakusoku.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.yakusoku.support.AcknowledgedLoad;
import dev.yakusoku.support.PackagedService;
import dev.yakusoku.support.WebhookReceiver;
import dev.yakusoku.support.WebhookReceiver.Logged;
import dev.yakusoku.support.WebhookReceiver.Tally;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged service on its embedded H2 file, telling a webhook receiver on loopback of every
 * alert its events raise: killed with {@code kill -9} while deliveries are in flight and started
 * again on the same file, it loses none and writes none twice, and a receiver that was down gets
 * each once it is back. A repeat of a delivery the receiver took just before the kill is at least
 * once delivery, under the same {@code X-Yakusoku-Delivery}, at most one claimed batch.
 */
class NotificationCrashIT {
  private static final int MATTERS = 150;
  private static final int DOWN_MATTERS = 30;
  private static final int DELAY_MILLIS = 50;
  private static final int BATCH = 25;
  private static final String RECEIVER = "crash-hook";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final String password = UUID.randomUUID().toString();
  private final WebhookReceiver receiver = new WebhookReceiver();
  private PackagedService service;

  @AfterEach
  void stop() {
    if (service != null) {
      service.close();
    }
    receiver.close();
  }

  @Test
  void killDashNineMidDeliveryLosesNoNotificationAndDoublesNone() throws Exception {
    Map<String, String> settings = settings("notify-crash-h2-" + run);
    receiver.answerOk(DELAY_MILLIS);
    service = start(settings);
    receiver.register(service::call, RECEIVER, AcknowledgedLoad.TEAM);
    List<ArrayNode> matters = matters("M-" + run + "-", MATTERS);

    PackagedService killed = service;
    Thread client = new Thread(() -> postUntilRefused(killed, matters), "notify-crash-client");
    client.start();
    await("a quarter of the notifications taken before the kill")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> receiver.taken().size() >= MATTERS / 4);
    service.kill();
    int takenBeforeKill = receiver.taken().size();
    client.join(30_000);

    service = start(settings);
    matters.forEach(m -> postOnce(service, m)); // those the kill cut off; the rest are duplicates
    List<Logged> log = awaitAllSent(MATTERS);
    Tally tally = receiver.assertEachChangeArrivedUnderOneDelivery(log);

    System.out.printf(
        "notifications across kill -9 (H2): %d logged, all sent; %d taken before the kill; %d"
            + " posts taken in all, %d of them repeats after the kill (batch %d)%n",
        tally.notifications(), takenBeforeKill, tally.taken(), tally.repeats(), BATCH);
    assertThat(log).extracting(Logged::event).containsOnly("raised");
    assertThat(takenBeforeKill).as("taken before the kill").isLessThan(MATTERS);
    assertThat(tally.repeats())
        .as("repeats: deliveries taken but not yet recorded at the kill, at most one batch")
        .isLessThanOrEqualTo(BATCH);

    // a plain restart replays the alerts; it writes and sends nothing again
    int posts = receiver.arrivals().size();
    service.close();
    service = start(settings);
    Thread.sleep(3_000); // three relay passes
    assertThat(WebhookReceiver.log(service::call)).as("the log after a restart").isEqualTo(log);
    assertThat(receiver.arrivals()).as("posts after a restart").hasSize(posts);
  }

  @Test
  void aReceiverThatWasDownGetsEachNotificationOnceItIsBack() throws Exception {
    receiver.answerDown();
    service = start(settings("notify-down-h2-" + run));
    receiver.register(service::call, RECEIVER, AcknowledgedLoad.TEAM);
    matters("M-down-" + run + "-", DOWN_MATTERS).forEach(m -> postOnce(service, m));

    await("every notification failed, tried again and failed again")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> WebhookReceiver.log(service::call),
            log ->
                log.size() == DOWN_MATTERS
                    && log.stream()
                        .allMatch(l -> "failed".equals(l.status()) && l.attempts() >= 3));
    int whileDown = receiver.arrivals().size();
    receiver.answerOk(DELAY_MILLIS);

    List<Logged> log = awaitAllSent(DOWN_MATTERS);
    Tally tally = receiver.assertEachChangeArrivedUnderOneDelivery(log);
    Map<String, Long> posts =
        receiver.arrivals().stream()
            .collect(
                Collectors.groupingBy(a -> a.alertId() + " " + a.event(), Collectors.counting()));
    Map<String, Long> attempts = new HashMap<>();
    log.forEach(l -> attempts.put(l.alertId() + " " + l.event(), (long) l.attempts()));

    System.out.printf(
        "notifications to a receiver that was down (H2): %d logged, all sent; %d posts answered"
            + " 503, then %d taken, %d repeats%n",
        tally.notifications(), whileDown, tally.taken(), tally.repeats());
    assertThat(tally.repeats()).as("repeats without a kill").isZero();
    assertThat(posts)
        .as("posts per notification, as the log counts its attempts")
        .isEqualTo(attempts);
  }

  private static Map<String, String> settings(String name) throws IOException {
    Path data = Files.createDirectories(Path.of("target", name));
    return Map.of(
        "quarkus.datasource.jdbc.url",
        "jdbc:h2:file:" + data.toAbsolutePath() + "/yakusoku;DB_CLOSE_ON_EXIT=FALSE",
        "yakusoku.notifications.batch-size",
        String.valueOf(BATCH),
        "yakusoku.notifications.lease",
        "PT3S",
        "yakusoku.notifications.timeout",
        "PT1S",
        "yakusoku.notifications.retry-min",
        "PT1S",
        "yakusoku.notifications.retry-max",
        "PT2S");
  }

  private PackagedService start(Map<String, String> settings) {
    RestAssured.baseURI = "http://127.0.0.1";
    return PackagedService.start(
        "notify-crash-h2", PackagedService.embeddedJar(), password, settings);
  }

  /** The events of {@code count} matters, a batch each, each implying one alert. */
  private static List<ArrayNode> matters(String prefix, int count) {
    List<ArrayNode> matters = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ArrayNode batch = JSON.createArrayNode();
      AcknowledgedLoad.eventsOf(prefix + i).forEach(batch::add);
      matters.add(batch);
    }
    return matters;
  }

  /** Posts each matter's events as one batch, until the service is gone. */
  private static void postUntilRefused(PackagedService to, List<ArrayNode> matters) {
    try {
      for (ArrayNode matter : matters) {
        int status;
        do {
          status = post(to, matter);
        } while (status == 503);
        Thread.sleep(20);
      }
    } catch (Exception e) {
      // killed: the rest are posted after the restart
    }
  }

  /** Posts a matter's events until they are answered 202. */
  private static void postOnce(PackagedService to, ArrayNode matter) {
    await("a matter's events answered 202")
        .atMost(Duration.ofSeconds(60))
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(200))
        .ignoreExceptions()
        .until(() -> post(to, matter) == 202);
  }

  private static int post(PackagedService to, ArrayNode matter) {
    return to.call()
        .contentType(ContentType.JSON)
        .body(matter.toString())
        .post("/api/v1/events")
        .statusCode();
  }

  /** Waits for the receiver to take {@code notifications} deliveries, then for the log to agree. */
  private List<Logged> awaitAllSent(int notifications) {
    await(notifications + " deliveries taken")
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> receiver.taken().stream().map(a -> a.delivery()).distinct().count(),
            taken -> taken >= notifications);
    return await("all " + notifications + " notifications sent")
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> WebhookReceiver.log(service::call),
            log -> log.size() == notifications && WebhookReceiver.allSent(log));
  }
}
