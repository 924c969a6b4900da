package dev.yakusoku.cluster;

import dev.yakusoku.security.DevelopmentCredentialsCheck;
import dev.yakusoku.security.Roles;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The service as deployed clustered: the {@code cluster} configuration profile, applied at build
 * time too (a test profile re-augments the application), so the database kind is PostgreSQL.
 */
public class ClusterProfile implements QuarkusTestProfile {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  /** The partitions scripts/services.sh gives every topic, those the broker creates included. */
  public static final int TOPIC_PARTITIONS = 12;

  /**
   * The events topic of this test run on the shared broker: a fresh one, so records that earlier
   * runs left on {@code yakusoku.events} never reach these engines (the broker creates it, with its
   * default of 12 partitions).
   */
  public static final String EVENTS_TOPIC = "yakusoku.events.test-" + RUN;

  /** The alerts topic of this test run. */
  public static final String ALERTS_TOPIC = "yakusoku.alerts.test-" + RUN;

  /** Where this test run's engines put records they cannot read. */
  public static final String DEAD_LETTER_TOPIC = "yakusoku.events.dead-letter.test-" + RUN;

  @Override
  public String getConfigProfile() {
    return "cluster";
  }

  /**
   * What the {@code %test} profile would have given: a free port, a schema built afresh, and the
   * development users the tests sign in as.
   */
  @Override
  public Map<String, String> getConfigOverrides() {
    String password = DevelopmentCredentialsCheck.DEVELOPMENT_PASSWORD;
    Map<String, String> overrides = new HashMap<>(topics(EVENTS_TOPIC, ALERTS_TOPIC));
    overrides.put("mp.messaging.incoming.engine-events.group.id", "yakusoku-engines-test-" + RUN);
    overrides.put("mp.messaging.incoming.engine-events.dead-letter-queue.topic", DEAD_LETTER_TOPIC);
    overrides.putAll(
        Map.of(
            "quarkus.http.test-port",
            "0",
            "quarkus.flyway.clean-at-start",
            "true",
            "quarkus.flyway.clean-disabled",
            "false",
            "quarkus.security.users.embedded.plain-text",
            "true",
            "quarkus.security.users.embedded.users.ingest",
            password,
            "quarkus.security.users.embedded.roles.ingest",
            Roles.INGEST,
            "quarkus.security.users.embedded.users.admin",
            password,
            "quarkus.security.users.embedded.roles.admin",
            Roles.ADMIN));
    return overrides;
  }

  /** PostgreSQL and the shared broker, started if they are not running. */
  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(LocalServices.class));
  }

  /** Settings that put the service's events and alerts on the given topics. */
  static Map<String, String> topics(String events, String alerts) {
    return Map.of(
        "mp.messaging.outgoing.published-events.topic",
        events,
        "mp.messaging.incoming.engine-events.topic",
        events,
        "mp.messaging.outgoing.alert-changes.topic",
        alerts,
        "mp.messaging.incoming.alert-stream.topic",
        alerts);
  }
}
