package dev.yakusoku.notifications;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A pass of the relay stops before its lease runs out: what it has not begun to send by the last
 * moment a send could still end within the lease is handed back, due again and its attempt
 * uncounted, so no other replica's pass takes a row this pass may still be sending.
 */
@QuarkusTest
@TestProfile(RelayLeaseTest.ShortLease.class)
class RelayLeaseTest {
  /** Lease 5 s, sends up to 3 s each: a pass begins no send after its first two seconds. */
  public static class ShortLease implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "yakusoku.notifications.lease", "PT5S",
          "yakusoku.notifications.timeout", "PT3S",
          "yakusoku.notifications.deliver-every", "off",
          "yakusoku.notifications.digest-every", "off");
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject NotificationRelay relay;
  @Inject ReceiverService receivers;
  @Inject Clock wallClock;

  private WireMockServer receiver;
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @BeforeEach
  void aSlowReceiver() {
    receiver =
        new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
    receiver.start();
    receiver.stubFor(
        post(urlEqualTo("/slow")).willReturn(aResponse().withStatus(200).withFixedDelay(900)));
    receivers.put(
        new ReceiverBody(
            "slow-" + run,
            "webhook",
            List.of("t-lease"),
            List.of("critical", "warning"),
            null,
            receiver.baseUrl() + "/slow",
            null,
            null,
            null,
            false,
            false));
  }

  @AfterEach
  void stopTheReceiver() {
    receiver.stop();
    receivers.delete("slow-" + run);
  }

  @Test
  void aPassHandsBackWhatItCouldNotSendWithinItsLease() throws Exception {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      ids.add(written("a-lease-" + run + "-" + i));
    }

    // four sends of 0.9 s take longer than the pass's two seconds for beginning sends
    int first = relay.deliverDue();
    assertThat(first).as("sent by the first pass").isBetween(1, 3);
    assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/slow")))).hasSize(first);
    assertThat(rows(ids))
        .filteredOn(n -> !Notification.SENT.equals(n.status))
        .hasSize(4 - first)
        .allSatisfy(
            n -> {
              assertThat(n.attempts).as("a handed-back attempt does not count").isZero();
              assertThat(n.nextAttemptAt).isBeforeOrEqualTo(wallClock.instant());
            });

    int passes = 1;
    while (rows(ids).stream().anyMatch(n -> !Notification.SENT.equals(n.status)) && passes < 10) {
      relay.deliverDue();
      passes++;
    }
    assertThat(rows(ids))
        .allSatisfy(
            n -> {
              assertThat(n.status).isEqualTo(Notification.SENT);
              assertThat(n.attempts).as("each sent on its one counted attempt").isEqualTo(1);
            });
    assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/slow"))))
        .as("each posted once")
        .hasSize(4);
  }

  private long written(String alertId) throws Exception {
    String alert =
        JSON.writeValueAsString(
            MessageFixtures.alert(alertId, "BROKEN_PROMISE", "critical", "due and unkept"));
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Notification n = new Notification();
              n.alertId = alertId;
              n.alertVersion = 1L;
              n.receiverId = "slow-" + run;
              n.kind = "webhook";
              n.event = "raised";
              n.alert = alert;
              n.createdAt = wallClock.instant();
              n.status = Notification.HELD;
              n.nextAttemptAt = wallClock.instant();
              n.persist();
              return n.id;
            });
  }

  private static List<Notification> rows(List<Long> ids) {
    return QuarkusTransaction.requiringNew()
        .call(() -> Notification.<Notification>list("id in ?1", ids));
  }
}
