package dev.yakusoku.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yakusoku.support.AcknowledgedLoad;
import dev.yakusoku.support.CrashCheck;
import dev.yakusoku.support.PackagedService;
import io.restassured.RestAssured;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A replica of the packaged clustered service (PostgreSQL, Kafka) killed with {@code kill -9} while
 * six clients post to it, then started again: nothing it answered 202 is lost, and every alert its
 * events imply is raised exactly once ({@code -Dyakusoku.crash.rounds}, 2 by default).
 */
class ClusteredCrashRecoveryIT {
  private static final int THREADS = 6;
  private static final long LOAD_MILLIS = 6000;

  private final String password = UUID.randomUUID().toString();
  private FreshCluster cluster;
  private Replica replica;

  @BeforeEach
  void freshCluster() throws Exception {
    RestAssured.baseURI = "http://127.0.0.1";
    cluster = FreshCluster.create();
  }

  @AfterEach
  void stop() {
    if (replica != null) {
      replica.close();
    }
  }

  @Test
  void nothingAnswered202IsLostToKillDashNineAndEveryAlertIsRaisedOnce() throws Exception {
    int rounds = Integer.getInteger("yakusoku.crash.rounds", 2);
    List<AcknowledgedLoad> loads = new ArrayList<>();
    replica = Replica.start("crash-cluster", password, cluster.replicaSettings());
    for (int round = 1; round <= rounds; round++) {
      AcknowledgedLoad load = new AcknowledgedLoad(cluster.run() + "-" + round);
      loads.add(load);
      AtomicBoolean stop = new AtomicBoolean();
      ExecutorService clients =
          load.start(replica.port(), PackagedService.USER, password, THREADS, stop);
      Thread.sleep(LOAD_MILLIS);
      replica.kill();
      stop.set(true);
      AcknowledgedLoad.await(clients);

      replica = Replica.start("crash-cluster", password, cluster.replicaSettings());
      CrashCheck check = new CrashCheck(replica::call);
      CrashCheck.Recovery recovery = check.postAgain(load);
      System.out.printf(
          "crash round %d (clustered): %d events answered 202 before kill -9, %d lost; %d"
              + " unanswered, %d of them stored%n",
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
