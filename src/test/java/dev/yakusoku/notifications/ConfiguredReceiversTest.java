package dev.yakusoku.notifications;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Receivers kept in configuration ({@code %test} keeps {@code configured-hook}): in place after
 * start, answered like any other without their secret, not changed over the API, checked as the API
 * checks a receiver, and removed once the configuration no longer names them.
 */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"admin"})
class ConfiguredReceiversTest {
  @Inject NotificationsConfig config;
  @Inject Validator validator;

  @Test
  void aConfiguredReceiverIsAnsweredLikeAnyOtherWithoutItsSecret() {
    given()
        .get("/api/v1/receivers/configured-hook")
        .then()
        .statusCode(200)
        .body("kind", equalTo("webhook"))
        .body("teams", contains("t-configured"))
        .body("severities", contains("critical", "warning"))
        .body("url", equalTo("http://127.0.0.1:9/configured"))
        .body("$", not(hasKey("secret")));
    assertThat(
            QuarkusTransaction.requiringNew()
                .call(() -> ReceiverRecord.<ReceiverRecord>findById("configured-hook").secret))
        .isEqualTo("configured-secret");
  }

  @Test
  void theApiAnswers409ToChangingOrRemovingAConfiguredReceiver() {
    given()
        .contentType(ContentType.JSON)
        .body(
            """
            {"kind": "webhook", "teams": ["t-ops"], "severities": ["critical"],
             "url": "https://hooks.example.com/elsewhere"}""")
        .put("/api/v1/receivers/configured-hook")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("yakusoku.notifications.receivers.configured-hook"));
    given().delete("/api/v1/receivers/configured-hook").then().statusCode(409);
    given()
        .get("/api/v1/receivers/configured-hook")
        .then()
        .body("url", equalTo("http://127.0.0.1:9/configured"));
  }

  @Test
  void aReceiverTheConfigurationNoLongerNamesIsRemovedAtStartAndOnesMadeOverTheApiStay() {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              ReceiverRecord stale = new ReceiverRecord();
              stale.id = "configured-once";
              stale.kind = "webhook";
              stale.teams = new java.util.ArrayList<>(List.of("t-configured"));
              stale.severities = new java.util.ArrayList<>(List.of("critical"));
              stale.url = "http://127.0.0.1:9/once";
              stale.configured = true;
              stale.persist();
            });
    given()
        .contentType(ContentType.JSON)
        .body(
            """
            {"kind": "webhook", "teams": ["t-configured"], "severities": ["critical"],
             "url": "http://127.0.0.1:9/api"}""")
        .put("/api/v1/receivers/made-over-the-api")
        .then()
        .statusCode(201);

    new ConfiguredReceivers(config, validator).onStart(null);

    given().get("/api/v1/receivers/configured-once").then().statusCode(404);
    given().get("/api/v1/receivers/made-over-the-api").then().statusCode(200);
    given().get("/api/v1/receivers/configured-hook").then().statusCode(200);
    given().delete("/api/v1/receivers/made-over-the-api").then().statusCode(204);
  }

  @Test
  void aConfiguredReceiverThatBreaksTheContractStopsTheStartNamingTheSetting() {
    NotificationsConfig broken =
        configWith(
            Map.of(
                "pd",
                receiver("pagerduty", List.of("t-ops"), List.of("urgent"), null),
                "hook",
                receiver("webhook", List.of("t-ops"), List.of("critical"), "ftp://nowhere")));

    assertThatThrownBy(() -> new ConfiguredReceivers(broken, validator).checked())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("yakusoku.notifications.receivers.hook.url must be an http")
        .hasMessageContaining("yakusoku.notifications.receivers.pd.routing-key is required")
        .hasMessageContaining("yakusoku.notifications.receivers.pd.severities must be critical");
  }

  private NotificationsConfig configWith(
      Map<String, NotificationsConfig.ConfiguredReceiver> receivers) {
    return (NotificationsConfig)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {NotificationsConfig.class},
            (proxy, method, args) ->
                method.getName().equals("receivers") ? receivers : method.invoke(config, args));
  }

  private static NotificationsConfig.ConfiguredReceiver receiver(
      String kind, List<String> teams, List<String> severities, String url) {
    return new NotificationsConfig.ConfiguredReceiver() {
      public String kind() {
        return kind;
      }

      public List<String> teams() {
        return teams;
      }

      public List<String> severities() {
        return severities;
      }

      public Optional<List<String>> types() {
        return Optional.empty();
      }

      public Optional<String> url() {
        return Optional.ofNullable(url);
      }

      public Optional<List<String>> to() {
        return Optional.empty();
      }

      public Optional<String> routingKey() {
        return Optional.empty();
      }

      public Optional<String> secret() {
        return Optional.empty();
      }

      public boolean workingHoursOnly() {
        return false;
      }

      public boolean digest() {
        return false;
      }
    };
  }
}
