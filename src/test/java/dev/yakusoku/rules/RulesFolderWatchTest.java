package dev.yakusoku.rules;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.yakusoku.support.RulesFolderCopy;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The watched rules folder: an edit goes live by itself, a broken edit does not. */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "rule-author", "admin"})
@TestProfile(EditableRulesProfile.Watched.class)
class RulesFolderWatchTest {
  @ConfigProperty(name = "yakusoku.rules.path")
  String folder;

  @Test
  void anEditedRulesFolderGoesLiveWithoutARestartAndABrokenEditIsKeptOut() {
    String shipped = given().get("/api/v1/rules").then().extract().path("version");

    RulesFolderCopy.write(Path.of(folder), "watched.drl", RuleSnippets.WATCHED_CLIENT);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> !shipped.equals(given().get("/api/v1/rules").then().extract().path("version")));
    String edited = given().get("/api/v1/rules").then().extract().path("version");
    given()
        .get("/api/v1/rules/versions")
        .then()
        .body("[0].version", equalTo(edited))
        .body("[0].loadedBy", equalTo("watch"));

    RulesFolderCopy.write(Path.of(folder), "broken.drl", RuleSnippets.BROKEN);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                !given()
                    .get("/api/v1/rules")
                    .then()
                    .extract()
                    .jsonPath()
                    .getList("errors")
                    .isEmpty());
    given()
        .get("/api/v1/rules")
        .then()
        .body("version", equalTo(edited))
        .body("errors.file", hasItem("broken.drl"));
  }
}
