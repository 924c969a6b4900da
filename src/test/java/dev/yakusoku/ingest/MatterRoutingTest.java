package dev.yakusoku.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yakusoku.support.LiveService;
import dev.yakusoku.support.Stories;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Ingestion decides which matter each event belongs to before anyone hears of it: a main-line call
 * without a subject is filed under its caller's one open matter, which keys it on the events topic
 * when clustered; a call that fits no single open matter belongs to none.
 */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "rule-author", "admin"})
class MatterRoutingTest {
  @Inject LiveService live;

  @BeforeEach
  void freshService() {
    live.resetAt("2026-11-26T09:59:00+09:00");
    live.putStoryDirectory();
  }

  @Test
  void theMainLineCallIsFiledUnderTheCallersOneOpenMatter() {
    live.postStoryEvents("e1", "e2", "e3", "e4");

    assertThat(matterKeyOf("e4")).isEqualTo("M-1");
    assertThat(recordKeyOf("e4")).isEqualTo("M-1");
    assertThat(matterKeyOf("e1")).as("an event with a subject").isEqualTo("M-1");
  }

  @Test
  void aCallerWithTwoOpenMattersIsFiledUnderNeitherAndKeyedBySource() {
    live.postStoryEvents("e1");
    live.post(Stories.event("e1").put("id", "e1-second").put("subject", "M-2"));
    live.postStoryEvents("e4");

    assertThat(matterKeyOf("e4")).isNull();
    assertThat(recordKeyOf("e4")).isEqualTo("/reception");
  }

  @Test
  void aCallFromAnUnknownNumberBelongsToNoMatter() {
    live.postStoryEvents("e1");
    live.post(Stories.event("e4").put("id", "e4-stranger").set("data", strangerCall()));

    assertThat(matterKeyOf("e4-stranger")).isNull();
  }

  @Test
  void aResolvedMatterNoLongerTakesItsCallersCalls() {
    live.postStoryEvents("e1");
    live.post(
        Stories.event("e1")
            .put("id", "e1-resolved")
            .put("type", "matter.resolved")
            .set("data", Stories.JSON.createObjectNode()));
    live.postStoryEvents("e4");

    assertThat(matterKeyOf("e4")).isNull();
  }

  private static ObjectNode strangerCall() {
    return ((ObjectNode) Stories.event("e4").get("data"))
        .put("callerPhone", "03-9999-9999")
        .put("callerName", "知らない人");
  }

  private static String matterKeyOf(String id) {
    return stored(id).matterKey;
  }

  private static String recordKeyOf(String id) {
    return stored(id).recordKey();
  }

  private static StoredEvent stored(String id) {
    return QuarkusTransaction.requiringNew()
        .call(() -> StoredEvent.<StoredEvent>find("eventId", id).singleResult());
  }
}
