package dev.yakusoku.notifications;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yakusoku.alerts.AlertService;
import dev.yakusoku.alerts.AlertView;
import dev.yakusoku.support.Browser;
import dev.yakusoku.support.LiveService;
import dev.yakusoku.support.SignedIn;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The acknowledge link a message carries: opening it asks to confirm and changes nothing; the
 * confirmation acknowledges as the manager the message went to, once, and not after it expired.
 */
@QuarkusTest
class AcknowledgeLinkTest {
  private static Browser browser;

  @Inject LiveService live;
  @Inject AcknowledgeLinks links;
  @Inject AlertService alerts;

  @TestHTTPResource("/")
  URL root;

  private AlertView alert;

  @BeforeAll
  static void startBrowser() {
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  @BeforeEach
  void anAlertForIkumi() {
    live.resetAt("2026-11-26T09:59:00+09:00");
    live.putStoryDirectory();
    live.postStoryEvents("e1", "e2", "e3", "e4");
    String id = live.awaitAlerts("type=DUPLICATE_ESCALATION", 1).extract().path("[0].id");
    alert = alerts.get(id).orElseThrow();
  }

  @Test
  void openingTheLinkInABrowserAsksToConfirmAndConfirmingAcknowledgesAsTheManager() {
    String link = local(links.create(alert));

    browser.driver().manage().deleteAllCookies();
    browser.open(link);
    await().atMost(Browser.patience()).until(() -> !browser.all("#confirm").isEmpty());
    assertThat(browser.one("#summary").getText()).isEqualTo(alert.summary());
    assertThat(browser.one("#confirm").getText()).isEqualTo("Acknowledge as s-ikumi");
    assertThat(state()).as("opening the link changes nothing").isEqualTo("open");

    browser.one("#confirm").click();

    await()
        .atMost(Browser.patience())
        .until(
            () -> browser.all("#outcome").stream().anyMatch(e -> e.getText().contains("s-ikumi")));
    assertThat(browser.one("#outcome").getText()).isEqualTo("Acknowledged as s-ikumi.");
    JsonNode acknowledged =
        SignedIn.as(SignedIn.ADMIN)
            .get("/api/v1/alerts/" + alert.id())
            .then()
            .extract()
            .as(JsonNode.class);
    assertThat(acknowledged.get("state").asText()).isEqualTo("acknowledged");
    assertThat(acknowledged.get("acknowledgedBy").asText()).isEqualTo("s-ikumi");
    browser.screenshot("acknowledge-link");
  }

  @Test
  void aLinkActsOnceAndAnUnknownOneIsNotFound() {
    String path = path(links.create(alert));

    given().post(path).then().statusCode(200).body(containsString("Acknowledged as s-ikumi"));
    given().post(path).then().statusCode(410).body(containsString("used or has expired"));
    given().get(path).then().statusCode(410);
    given().get("/acknowledge/not-a-token").then().statusCode(404);
  }

  @Test
  void anExpiredLinkNoLongerActs() {
    String path = path(links.create(alert));

    live.clock().atLeast(live.clock().instant().plus(Duration.ofHours(25)));

    given().get(path).then().statusCode(410).body(containsString("has expired"));
    given().post(path).then().statusCode(410);
    assertThat(state()).isNotEqualTo("acknowledged");
  }

  @Test
  void theConfirmPageEscapesWhatItShows() {
    given()
        .get(path(links.create(alert)))
        .then()
        .statusCode(200)
        .contentType(containsString("text/html"))
        .body(containsString("<form method=\"post\">"))
        .body(containsString("Acknowledge as s-ikumi"));
    assertThat(AcknowledgeLinkResource.escape("<b>\"A&B\"</b>"))
        .isEqualTo("&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;");
  }

  private String state() {
    return SignedIn.as(SignedIn.ADMIN)
        .get("/api/v1/alerts/" + alert.id())
        .then()
        .extract()
        .path("state");
  }

  /** The link's path: messages point at the configured page URL, the test service listens here. */
  private static String path(String link) {
    return link.substring(link.indexOf(AcknowledgeLinks.PATH));
  }

  private String local(String link) {
    String base = root.toString();
    return base.substring(0, base.length() - 1) + path(link);
  }
}
