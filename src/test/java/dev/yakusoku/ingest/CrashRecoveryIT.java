package dev.yakusoku.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yakusoku.support.AcknowledgedLoad;
import dev.yakusoku.support.CrashCheck;
import dev.yakusoku.support.PackagedService;
import io.restassured.RestAssured;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged service on its embedded H2 file, killed with {@code kill -9} while six clients post
 * to it, then started again on the same file: nothing it answered 202 is lost, and every alert its
 * events imply is raised exactly once, however often it is killed ({@code -Dyakusoku.crash.rounds},
 * 2 by default).
 */
class CrashRecoveryIT {
  private static final int THREADS = 6;
  private static final long LOAD_MILLIS = 6000;

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final String password = UUID.randomUUID().toString();
  private PackagedService service;

  @AfterEach
  void stop() {
    if (service != null) {
      service.close();
    }
  }

  @Test
  void nothingAnswered202IsLostToKillDashNineAndEveryAlertIsRaisedOnce() throws Exception {
    RestAssured.baseURI = "http://127.0.0.1";
    Path data = Files.createDirectories(Path.of("target", "crash-h2-" + run));
    Map<String, String> settings =
        Map.of(
            "quarkus.datasource.jdbc.url",
            "jdbc:h2:file:" + data.toAbsolutePath() + "/yakusoku;DB_CLOSE_ON_EXIT=FALSE");
    int rounds = Integer.getInteger("yakusoku.crash.rounds", 2);
    List<AcknowledgedLoad> loads = new ArrayList<>();
    service = PackagedService.start("crash-h2", PackagedService.embeddedJar(), password, settings);
    for (int round = 1; round <= rounds; round++) {
      AcknowledgedLoad load = new AcknowledgedLoad(run + "-" + round);
      loads.add(load);
      AtomicBoolean stop = new AtomicBoolean();
      ExecutorService clients =
          load.start(service.port(), PackagedService.USER, password, THREADS, stop);
      Thread.sleep(LOAD_MILLIS);
      service.kill();
      stop.set(true);
      AcknowledgedLoad.await(clients);

      service =
          PackagedService.start("crash-h2", PackagedService.embeddedJar(), password, settings);
      CrashCheck check = new CrashCheck(service::call);
      CrashCheck.Recovery recovery = check.postAgain(load);
      System.out.printf(
          "crash round %d (H2): %d events answered 202 before kill -9, %d lost; %d unanswered,"
              + " %d of them stored%n",
          round,
          recovery.acknowledged(),
          recovery.lost(),
          recovery.unacknowledged(),
          recovery.unacknowledgedStored());
      assertThat(load.refused()).as("answers other than 202 and 503").isEmpty();
      assertThat(recovery.acknowledged()).as("events answered 202 before the kill").isPositive();
      assertThat(recovery.lost()).as("events answered 202 and lost").isZero();
      check.everyImpliedAlertRaisedOnce(loads);
    }
  }
}
