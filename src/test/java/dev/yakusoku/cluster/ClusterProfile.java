package dev.yakusoku.cluster;

import dev.yakusoku.security.DevelopmentCredentialsCheck;
import dev.yakusoku.security.Roles;
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

  /**
   * What the {@code %test} profile would have given: a free port, a schema built afresh, and the
   * development users the tests sign in as.
   */
  @Override
  public Map<String, String> getConfigOverrides() {
    String password = DevelopmentCredentialsCheck.DEVELOPMENT_PASSWORD;
    return Map.of(
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
        Roles.ADMIN);
  }
}
