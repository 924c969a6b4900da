package dev.yakusoku.cluster;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import dev.yakusoku.engine.Partitioning;
import dev.yakusoku.support.LiveService;
import dev.yakusoku.support.SignedIn;
import dev.yakusoku.support.Stories;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Clustered, each partition's engine holds only its own open matters. A main-line call from an end
 * user with two open matters fits no single one, so ingestion keys it by its source; the engine of
 * that partition, which holds one of the two matters, must not tie the call to it on its partial
 * view: the call is unrouted, as it would be on one engine holding both.
 */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "rule-author", "admin"})
@TestProfile(ClusterProfile.class)
class CallRoutingAcrossPartitionsTest {
  private static final Partitioning TOPIC = new Partitioning(ClusterProfile.TOPIC_PARTITIONS);

  private static final String CALL_SOURCE = "/reception";

  @Inject LiveService live;

  @BeforeEach
  void freshService() {
    live.resetAt("2026-11-26T09:59:00+09:00");
    live.putStoryDirectory();
  }

  @Test
  void aCallerWithOpenMattersOnTwoPartitionsIsUnroutedNotTiedToTheOneTheSourcesPartitionHolds() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    int callPartition = TOPIC.of(CALL_SOURCE);
    String withTheCall = matterWhere(run, "a", p -> p == callPartition);
    String elsewhere = matterWhere(run, "b", p -> p != callPartition);
    live.post(Stories.event("e1").put("id", "e1-" + run + "-a").put("subject", withTheCall));
    live.post(Stories.event("e1").put("id", "e1-" + run + "-b").put("subject", elsewhere));
    live.post(Stories.event("e2").put("id", "e2-" + run).put("subject", withTheCall));
    live.post(Stories.event("e3").put("id", "e3-" + run).put("subject", withTheCall));
    live.clock().set("2026-11-26T10:12:00+09:00");
    live.post(Stories.event("e4").put("id", "e4-" + run));

    live.awaitAlerts("type=UNROUTED_CONTACT", 1)
        .body("[0].evidence", hasItem(CALL_SOURCE + "/e4-" + run))
        .body(
            "[0].notes",
            hasItem(containsString("when it was accepted the caller had no single open matter")));
    SignedIn.as(SignedIn.ADMIN)
        .get("/api/v1/alerts?type=DUPLICATE_ESCALATION")
        .then()
        .body("$", hasSize(0));
  }

  private static String matterWhere(String run, String tag, IntPredicate partition) {
    for (int i = 0; ; i++) {
      String matter = "M-" + run + "-" + tag + i;
      if (partition.test(TOPIC.of(matter))) {
        return matter;
      }
    }
  }
}
