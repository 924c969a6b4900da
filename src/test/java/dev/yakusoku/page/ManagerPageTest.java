package dev.yakusoku.page;

import static dev.yakusoku.support.ScenarioBuilder.scenario;
import static dev.yakusoku.support.ScenarioBuilder.thursday;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yakusoku.security.DevelopmentCredentialsCheck;
import dev.yakusoku.support.Browser;
import dev.yakusoku.support.LiveService;
import dev.yakusoku.support.ScenarioBuilder;
import dev.yakusoku.support.SignedIn;
import dev.yakusoku.support.Stories;
import dev.yakusoku.support.TestClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The manager's page in a real headless Chromium, told the story live to a manager signed in with
 * the form login (an admin where the test needs every team's alerts).
 */
@QuarkusTest
class ManagerPageTest {
  private static final String DUPLICATE = "li.alert[data-type='DUPLICATE_ESCALATION']";
  private static final String LOS_ANGELES = "America/Los_Angeles";
  private static Browser browser;

  @Inject LiveService live;
  @Inject TestClock clock;

  @TestHTTPResource("/")
  URL page;

  @BeforeAll
  static void startBrowser() {
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  @BeforeEach
  void aStoryUnderWay() {
    live.resetAt("2026-11-26T09:59:00+09:00");
    live.putStoryDirectory();
    live.postStoryEvents("e1", "e2", "e3");
    browser.viewport(1280, 900);
  }

  @Test
  void theMainLineCallArrivesAsADuplicateEscalationWithoutAReload() {
    openFeedAs(SignedIn.IKUMI);
    assertThat(browser.all("li.alert")).isEmpty();
    assertThat(browser.one("#viewer").getText()).isEqualTo("佐藤 いくみ");

    live.postStoryEvents("e4");

    WebElement alert = awaitOne(DUPLICATE);
    assertThat(browser.script("return window.sameDocument === true")).isEqualTo(true);
    assertThat(alert.getText())
        .contains("Duplicate escalation", "warning", "open", "M-1", "Operations 2", "佐藤 いくみ")
        .contains("Thu 26/11 10:12");
  }

  @Test
  void theAlertOpensToItsTimelineOfChatPromiseAndMainLineCallTiedByPhone() {
    openFeedAs(SignedIn.IKUMI);
    live.postStoryEvents("e4");
    awaitOne(DUPLICATE).findElement(By.tagName("button")).click();

    await().atMost(Browser.patience()).until(() -> browser.all("#timeline li.event").size() == 4);
    List<String> events =
        browser.all("#timeline li.event").stream().map(WebElement::getText).toList();
    assertThat(events.get(1)).contains("10:00", "chat", "山田 太郎 escalated to 佐藤 いくみ", "急ぎで対応して欲しい");
    assertThat(events.get(2))
        .contains("10:03", "佐藤 いくみ promised 山田 太郎 that 高橋 葵 will contact 鈴木 花子");
    assertThat(events.get(3))
        .contains("10:12", "main line", "Main-line call from スズキ (09012345678)")
        .contains("asking for ねーさん: callback promised")
        .contains("Tied to this matter: caller tied by phone 09012345678 to u-suzuki (鈴木 花子)");
    assertThat(browser.one("#story-body").getText())
        .contains("急ぎの見積り対応", "山田 太郎 (A商事)", "Promise P-1", "Fri 27/11 18:00");
    assertThat(browser.one("#timeline li.event:nth-child(2) .says").getAttribute("lang"))
        .isEqualTo("ja");
    assertThat(browser.one("#timeline li.event:nth-child(1) time").getText())
        .isEqualTo("Thu 26/11 10:00");
    browser.viewport(1280, 1500);
    browser.screenshot("alert-story");
  }

  @Test
  void aLinkToOneAlertOpensItsStoryOnceTheManagerIsSignedIn() {
    live.postStoryEvents("e4");
    String id = live.awaitAlerts("type=DUPLICATE_ESCALATION", 1).extract().path("[0].id");

    browser.driver().manage().deleteAllCookies();
    browser.open(page + "?alert=" + id);
    await().atMost(Browser.patience()).until(() -> browser.one("#login").isDisplayed());
    signIn(SignedIn.IKUMI, DevelopmentCredentialsCheck.DEVELOPMENT_PASSWORD);

    await().atMost(Browser.patience()).until(() -> browser.all("#timeline li.event").size() == 4);
    assertThat(browser.one("#story").isDisplayed()).isTrue();
    assertThat(browser.one("#story-body").getText()).contains("急ぎの見積り対応");
  }

  @Test
  void theStoryTellsWhoWasToldOfTheAlertAndHowItWent() {
    SignedIn.as(SignedIn.ADMIN)
        .contentType(ContentType.JSON)
        .body(
            "{\"kind\": \"webhook\", \"teams\": [\"t-ops\"], \"severities\": [\"warning\"],"
                + " \"url\": \"http://127.0.0.1:9/nobody-listens\"}")
        .put("/api/v1/receivers/page-hook")
        .then()
        .statusCode(201);
    try {
      live.postStoryEvents("e4");
      String id = live.awaitAlerts("type=DUPLICATE_ESCALATION", 1).extract().path("[0].id");
      await()
          .atMost(Browser.patience())
          .until(
              () ->
                  SignedIn.as(SignedIn.ADMIN)
                      .get("/api/v1/alerts/" + id + "/notifications")
                      .then()
                      .extract()
                      .path("[0].status"),
              "failed"::equals);

      openFeedAs(SignedIn.IKUMI);
      awaitOne(DUPLICATE).findElement(By.tagName("button")).click();

      await().atMost(Browser.patience()).until(() -> !browser.all("#notifications li").isEmpty());
      assertThat(browser.one("#notifications li").getText())
          .contains("failed after 1 attempt")
          .contains("raised to page-hook (webhook", "could not be reached");
    } finally {
      SignedIn.as(SignedIn.ADMIN).delete("/api/v1/receivers/page-hook").then().statusCode(204);
    }
  }

  @Test
  void aTeamInAnotherZoneHasEveryTimeOfItsAlertShownInThatZone() {
    // Neither the calendar's zone nor the browser's: only the team's zone explains these hours.
    assertThat(Browser.BROWSER_ZONE).isNotEqualTo(LOS_ANGELES);
    SignedIn.as(SignedIn.ADMIN)
        .contentType(ContentType.JSON)
        .body(
            "{\"name\": \"Operations 2\", \"manager\": \"s-ikumi\", \"zone\": \""
                + LOS_ANGELES
                + "\"}")
        .put("/api/v1/teams/t-ops")
        .then()
        .statusCode(200);
    openFeedAs(SignedIn.IKUMI);
    live.postStoryEvents("e4");

    WebElement alert = awaitOne(DUPLICATE);
    assertThat(alert.findElement(By.className("when")).getText()).isEqualTo("Wed 25/11 17:12 PST");
    assertThat(browser.one("#zone").getText()).isEqualTo(LOS_ANGELES);

    alert.findElement(By.tagName("button")).click();
    await().atMost(Browser.patience()).until(() -> browser.all("#timeline li.event").size() == 4);
    assertThat(browser.one("#timeline li.event:nth-child(1) time").getText())
        .isEqualTo("Wed 25/11 17:00");
    assertThat(browser.one("#story-body").getText())
        .contains("Wed 25/11 17:12", LOS_ANGELES + " (PST)");
  }

  @Test
  void acknowledgingFromThePageChangesTheAlertsStateForEveryone() {
    openFeedAs(SignedIn.IKUMI);
    live.postStoryEvents("e4");
    String id = openStoryAsTheManager(DUPLICATE);

    browser.one("#action-note").sendKeys("鈴木様に折り返し済み");
    browser.one("#acknowledge").click();

    await()
        .atMost(Browser.patience())
        .until(() -> "acknowledged".equals(awaitOne(DUPLICATE).getAttribute("data-state")));
    assertThat(browser.one("#story-body .chip.state").getText()).isEqualTo("acknowledged");
    assertThat(browser.one("#acknowledge").isEnabled()).isFalse();
    SignedIn.as(SignedIn.ADMIN)
        .get("/api/v1/alerts/" + id)
        .then()
        .body("state", equalTo("acknowledged"))
        .body("acknowledgedBy", equalTo("s-ikumi"))
        .body("notes[1]", equalTo("s-ikumi: 鈴木様に折り返し済み"));
  }

  @Test
  void snoozingFromThePageTakesTheTimePickedAsTheTeamsWallTime() {
    live.postStoryEvents("e4");
    String id = openStoryAsTheManager(DUPLICATE);

    browser.script("arguments[0].value = '2026-11-26T11:00';", browser.one("#snooze-until"));
    browser.one("#snooze").click();

    await()
        .atMost(Browser.patience())
        .until(() -> "snoozed".equals(awaitOne(DUPLICATE).getAttribute("data-state")));
    assertThat(browser.one("#story-body .chip.state").getText()).isEqualTo("snoozed until 11:00");
    SignedIn.as(SignedIn.ADMIN)
        .get("/api/v1/alerts/" + id)
        .then()
        .body("state", equalTo("snoozed"))
        .body("snoozedUntil", equalTo("2026-11-26T11:00:00+09:00"))
        .body("snoozedBy", equalTo("s-ikumi"));
  }

  @Test
  void resolvingAsNoiseTakesTheAlertOffTheOpenFeed() {
    openFeedAs(SignedIn.IKUMI);
    live.postStoryEvents("e4");
    String id = openStoryAsTheManager(DUPLICATE);

    browser.one("#action-note").sendKeys("same matter, already handled");
    browser.one("#resolve-noise").click();

    await().atMost(Browser.patience()).until(() -> browser.all(DUPLICATE).isEmpty());
    SignedIn.as(SignedIn.ADMIN)
        .get("/api/v1/alerts/" + id)
        .then()
        .body("state", equalTo("resolved"))
        .body("resolvedBy", equalTo("s-ikumi"))
        .body("resolution", equalTo("same matter, already handled"));
    new Select(browser.one("#filter-state")).selectByValue("resolved");
    assertThat(awaitOne(DUPLICATE).getAttribute("data-state")).isEqualTo("resolved");
  }

  @Test
  void filteringByTeamHidesAnotherTeamsAlert() {
    openFeedAs(SignedIn.ADMIN);
    live.postStoryEvents("e4");
    post(frontDeskCallNoOneCanTie(thursday("10:15")));
    awaitOne(DUPLICATE);
    awaitOne("li.alert[data-type='UNROUTED_CONTACT']");

    new Select(browser.one("#filter-team")).selectByVisibleText("Operations 2");
    assertThat(teamsShown()).containsExactly("t-ops");

    new Select(browser.one("#filter-team")).selectByVisibleText("Front desk");
    assertThat(teamsShown()).containsExactly("t-front");

    new Select(browser.one("#filter-team")).selectByIndex(0);
    new Select(browser.one("#filter-manager")).selectByVisibleText("佐藤 健一");
    assertThat(teamsShown()).containsExactly("t-front");
  }

  @Test
  void aCriticalAlertIsListedBeforeNewerWarnings() {
    openFeedAs(SignedIn.ADMIN);
    post(salesPromiseDueAtHalfPastTen());
    live.postStoryEvents("e4");
    clock.set(thursday("10:31"));
    awaitOne("li.alert[data-type='BROKEN_PROMISE']");
    post(frontDeskCallNoOneCanTie(thursday("10:31")));
    // the promise's at-risk alert gave way to its broken-promise alert, so three remain active
    await().atMost(Browser.patience()).until(() -> browser.all("li.alert").size() == 3);

    assertThat(browser.all("li.alert").stream().map(a -> a.getAttribute("data-type")))
        .containsExactly("BROKEN_PROMISE", "UNROUTED_CONTACT", "DUPLICATE_ESCALATION");
    assertThat(browser.one("li.alert").getAttribute("class")).contains("critical");
    browser.screenshot("feed");
  }

  @Test
  void onAPhoneSizedScreenTheFeedAndTheStoryFitTheWidth() {
    browser.viewport(390, 844);
    openFeedAs(SignedIn.IKUMI);
    live.postStoryEvents("e4");
    WebElement alert = awaitOne(DUPLICATE);

    assertThat(alert.isDisplayed()).isTrue();
    assertThat(alert.getRect().getWidth()).isBetween(300, 390);
    assertThat(pageWidth()).isLessThanOrEqualTo(390);
    browser.screenshot("feed-phone");

    alert.findElement(By.tagName("button")).click();
    await().atMost(Browser.patience()).until(() -> browser.all("#timeline li.event").size() == 4);
    assertThat(browser.one(".feed-pane").isDisplayed()).isFalse();
    assertThat(pageWidth()).isLessThanOrEqualTo(390);
    browser.screenshot("alert-story-phone");

    browser.one("#close-story").click();
    await().atMost(Browser.patience()).until(() -> awaitOne(DUPLICATE).isDisplayed());
  }

  @Test
  void aManagerSignsInAndNeverSeesAnotherTeamsAlert() {
    browser.driver().manage().deleteAllCookies();
    browser.open(page.toString());
    await().atMost(Browser.patience()).until(() -> browser.one("#login").isDisplayed());
    assertThat(browser.one(".panes").isDisplayed()).isFalse();
    signIn(SignedIn.IKUMI, "not her password");
    await()
        .atMost(Browser.patience())
        .until(() -> browser.one("#login-error").getText().contains("do not match"));

    signIn(SignedIn.IKUMI, DevelopmentCredentialsCheck.DEVELOPMENT_PASSWORD);
    awaitLive();
    post(frontDeskCallNoOneCanTie(thursday("10:11")));
    live.awaitAlerts("type=UNROUTED_CONTACT", 1);
    live.postStoryEvents("e4");

    // The stream is in order: the front desk's alert, had it been sent, came before hers.
    awaitOne(DUPLICATE);
    assertThat(teamsShown()).containsExactly("t-ops");
    assertThat(optionsOf("#filter-team")).containsExactly("All teams", "Operations 2");
    browser.open(page.toString());
    awaitLive();
    awaitOne(DUPLICATE);
    assertThat(teamsShown()).containsExactly("t-ops");
  }

  @Test
  void signingOutShowsTheSignInFormAgainWithNothingOfTheFeedLeft() {
    openFeedAs(SignedIn.IKUMI);
    live.postStoryEvents("e4");
    openStoryAsTheManager(DUPLICATE);
    assertThat(browser.one("#sign-out").isDisplayed()).isTrue();

    browser.one("#sign-out").click();

    await().atMost(Browser.patience()).until(() -> browser.one("#login").isDisplayed());
    assertThat(browser.one(".panes").isDisplayed()).isFalse();
    assertThat(browser.one("#sign-out").isDisplayed()).isFalse();
    assertThat(browser.all("li.alert")).isEmpty();
    assertThat(browser.all("#timeline li.event")).isEmpty();
    assertThat(browser.driver().manage().getCookieNamed("quarkus-credential")).isNull();
    assertThat(browser.script("return fetch('/api/v1/session').then(r => r.json())"))
        .asString()
        .doesNotContain(SignedIn.IKUMI);
    assertThat(browser.script("return fetch('/api/v1/alerts').then(r => r.status)"))
        .isEqualTo(401L);

    // Another manager at the same browser sees her own teams only, none of what was shown before.
    signIn(SignedIn.SATO_K, DevelopmentCredentialsCheck.DEVELOPMENT_PASSWORD);
    awaitLive();
    assertThat(optionsOf("#filter-team")).containsExactly("All teams", "Front desk", "Sales");
    assertThat(browser.all(DUPLICATE)).isEmpty();
  }

  /** Opens the page with no one signed in, signs in as {@code user} and waits for the feed. */
  private void openFeedAs(String user) {
    browser.driver().manage().deleteAllCookies();
    browser.open(page.toString());
    await().atMost(Browser.patience()).until(() -> browser.one("#login").isDisplayed());
    signIn(user, DevelopmentCredentialsCheck.DEVELOPMENT_PASSWORD);
    awaitLive();
    browser.script("window.sameDocument = true");
  }

  private static void signIn(String user, String password) {
    browser.one("#login-user").clear();
    browser.one("#login-user").sendKeys(user);
    browser.one("#login-password").sendKeys(password);
    browser.one("#login-submit").click();
  }

  private static void awaitLive() {
    await()
        .atMost(Browser.patience())
        .until(() -> "live".equals(browser.one("#live").getAttribute("data-state")));
  }

  private static List<String> optionsOf(String css) {
    return new Select(browser.one(css)).getOptions().stream().map(WebElement::getText).toList();
  }

  /** Opens the story of the one alert shown by {@code css}; its id. */
  private static String openStoryAsTheManager(String css) {
    WebElement alert = awaitOne(css);
    String id = alert.getAttribute("data-id");
    alert.findElement(By.tagName("button")).click();
    await().atMost(Browser.patience()).until(() -> !browser.all("#timeline li.event").isEmpty());
    return id;
  }

  private static WebElement awaitOne(String css) {
    await().atMost(Browser.patience()).until(() -> browser.all(css).size() == 1);
    return browser.one(css);
  }

  private static List<String> teamsShown() {
    return browser.all("li.alert").stream().map(a -> a.getAttribute("data-team")).toList();
  }

  private static long pageWidth() {
    return (Long) browser.script("return document.documentElement.scrollWidth");
  }

  private void post(JsonNode events) {
    live.post(events);
  }

  /** A call to the main line from a number no one in the directory has: the front desk's alert. */
  private static JsonNode frontDeskCallNoOneCanTie(String time) {
    return eventsOf(
        scenario()
            .mainLineCall(time, "s-nakamura", "タナカ", "08011112222", null, "reached")
            .id("front-1"));
  }

  /** A sales matter whose promise falls due at 10:30; at risk from 10:24, broken after 10:30. */
  private static JsonNode salesPromiseDueAtHalfPastTen() {
    return eventsOf(
        scenario()
            .matterOpened("M-2", thursday("10:05"), "c-yamada", null)
            .with("team", "t-sales")
            .id("m2-open")
            .promise("M-2", "P-2", thursday("10:06"), "s-sato-k", "c-yamada")
            .due(thursday("10:30"))
            .id("m2-promise"));
  }

  private static JsonNode eventsOf(ScenarioBuilder scenario) {
    try {
      return Stories.JSON.readTree(scenario.body()).get("events");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
