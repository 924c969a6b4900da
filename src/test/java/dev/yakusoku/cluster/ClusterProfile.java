package dev.yakusoku.cluster;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The service as deployed clustered: the {@code cluster} configuration profile, applied at build
 * time too (a test profile re-augments the application), so the database kind is PostgreSQL.
 */
public class ClusterProfile implements QuarkusTestProfile {
  @Override
  public String getConfigProfile() {
    return "cluster";
  }

  /** What the {@code %test} profile would have given: a free port and a schema built afresh. */
  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "quarkus.http.test-port", "0",
        "quarkus.flyway.clean-at-start", "true",
        "quarkus.flyway.clean-disabled", "false");
  }
}
