package dev.yakusoku.security;

import static dev.yakusoku.security.DevelopmentCredentialsCheck.DEVELOPMENT_PASSWORD;
import static dev.yakusoku.security.DevelopmentCredentialsCheck.refuseDevelopmentUsers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yakusoku.config.Deployment;
import io.quarkus.runtime.LaunchMode;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DevelopmentCredentialsCheckTest {
  private static final Map<String, String> DEVELOPMENT_USERS =
      Map.of("s-ikumi", DEVELOPMENT_PASSWORD, "admin", DEVELOPMENT_PASSWORD, "ops", "long-secret");

  @Test
  void aPackagedServiceRefusesToStartWhileUsersHaveTheDevelopmentPassword() {
    assertThatThrownBy(() -> refuseDevelopmentUsers(LaunchMode.NORMAL, true, DEVELOPMENT_USERS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "Refusing to start: these users have the published development password: admin, s-ikumi.")
        .hasMessageContaining("docs/operations.md")
        .hasMessageNotContaining("ops");
  }

  @Test
  void aPackagedServiceStartsWithUsersOfTheirOwnPasswords() {
    assertThatCode(
            () ->
                refuseDevelopmentUsers(
                    LaunchMode.NORMAL, true, Map.of("s-ikumi", "her-own-secret", "ops", "x")))
        .doesNotThrowAnyException();
  }

  @Test
  void hashedPasswordsAreNotTakenForTheDevelopmentOne() {
    assertThatCode(() -> refuseDevelopmentUsers(LaunchMode.NORMAL, false, DEVELOPMENT_USERS))
        .doesNotThrowAnyException();
  }

  @Test
  void devModeAndTestsKeepTheDevelopmentUsers() {
    assertThatCode(() -> refuseDevelopmentUsers(LaunchMode.DEVELOPMENT, true, DEVELOPMENT_USERS))
        .doesNotThrowAnyException();
    assertThatCode(() -> refuseDevelopmentUsers(LaunchMode.TEST, true, DEVELOPMENT_USERS))
        .doesNotThrowAnyException();
  }

  @Test
  void aPackagedServiceRefusesToLetRequestsWithoutCredentialsIn() {
    assertThatThrownBy(() -> DevelopmentCredentialsCheck.refuseOpenAccess(LaunchMode.NORMAL, true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("open-development-access");
    assertThatCode(() -> DevelopmentCredentialsCheck.refuseOpenAccess(LaunchMode.DEVELOPMENT, true))
        .doesNotThrowAnyException();
    assertThatCode(() -> DevelopmentCredentialsCheck.refuseOpenAccess(LaunchMode.NORMAL, false))
        .doesNotThrowAnyException();
  }

  @Test
  void aPackagedServiceRefusesToStartWhileAClientHasTheDevelopmentApiKey() {
    assertThatThrownBy(
            () ->
                DevelopmentCredentialsCheck.refuseDevelopmentApiKey(
                    LaunchMode.NORMAL, Set.of("dev-ingest-client", "crm")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "Refusing to start: these API clients have the published development key:"
                + " crm, dev-ingest-client.");
    assertThatCode(
            () -> DevelopmentCredentialsCheck.refuseDevelopmentApiKey(LaunchMode.NORMAL, Set.of()))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                DevelopmentCredentialsCheck.refuseDevelopmentApiKey(
                    LaunchMode.DEVELOPMENT, Set.of("dev-ingest-client")))
        .doesNotThrowAnyException();
  }

  @Test
  void aClusteredPackagedServiceRefusesThePublishedDatabasePassword() {
    assertThatThrownBy(
            () ->
                DevelopmentCredentialsCheck.refuseDefaultDatabasePassword(
                    LaunchMode.NORMAL, Deployment.CLUSTERED, "yakusoku"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("quarkus.datasource.password");
    assertThatCode(
            () ->
                DevelopmentCredentialsCheck.refuseDefaultDatabasePassword(
                    LaunchMode.NORMAL, Deployment.CLUSTERED, "a-password-of-its-own"))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                DevelopmentCredentialsCheck.refuseDefaultDatabasePassword(
                    LaunchMode.NORMAL, Deployment.EMBEDDED, "yakusoku"))
        .as("the embedded H2 file has no password to choose")
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                DevelopmentCredentialsCheck.refuseDefaultDatabasePassword(
                    LaunchMode.TEST, Deployment.CLUSTERED, "yakusoku"))
        .doesNotThrowAnyException();
  }

  @Test
  void theRefusedPasswordIsTheOneTheClusterProfileShips() throws Exception {
    String properties =
        java.nio.file.Files.readString(
            java.nio.file.Path.of("src/main/resources/application.properties"));
    assertThat(properties)
        .contains(
            "%cluster.quarkus.datasource.password="
                + DevelopmentCredentialsCheck.CLUSTER_DEFAULT_DATABASE_PASSWORD
                + "\n");
  }
}
