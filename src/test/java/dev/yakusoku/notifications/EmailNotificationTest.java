package dev.yakusoku.notifications;

import static dev.yakusoku.support.Mails.awaitMails;
import static dev.yakusoku.support.Mails.textParts;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import dev.yakusoku.support.LiveService;
import dev.yakusoku.support.SmtpServer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An email receiver hears of its team's alerts through a real SMTP server on loopback: the mail a
 * manager's client gets, part by part, and the alert's notification log saying where it went.
 */
@QuarkusTest
@WithTestResource(value = SmtpServer.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "admin"})
class EmailNotificationTest {
  private static final String TO = "ikumi@ops.example.jp";

  @Inject LiveService live;

  @BeforeEach
  void freshServiceAndReceiver() throws Exception {
    SmtpServer.running().purgeEmailFromAllMailboxes();
    live.resetAt("2026-11-26T09:59:00+09:00");
    live.putStoryDirectory();
    given()
        .contentType(ContentType.JSON)
        .body(
            """
            {"kind": "email", "teams": ["t-ops"], "severities": ["critical", "warning"],
             "to": ["%s"]}"""
                .formatted(TO))
        .put("/api/v1/receivers/ops-mail")
        .then()
        .statusCode(201);
  }

  @AfterEach
  void removeTheReceiver() {
    given().delete("/api/v1/receivers/ops-mail").then().statusCode(204);
  }

  @Test
  void aRaisedAlertAndItsAcknowledgementAreMailedInTextAndHtmlAndLogged() throws Exception {
    live.postStoryEvents("e1", "e2", "e3", "e4");
    MimeMessage raised = awaitMails(1).get(0);
    JsonPath alert = duplicateEscalation();
    String id = alert.getString("id");
    String summary = alert.getString("summary");
    String link = "http://localhost:8080/?alert=" + URLEncoder.encode(id, StandardCharsets.UTF_8);

    assertThat(addresses(raised.getRecipients(MimeMessage.RecipientType.TO))).containsExactly(TO);
    assertThat(addresses(raised.getFrom())).containsExactly("yakusoku@localhost");
    assertThat(raised.getSubject())
        .isEqualTo("[warning] DUPLICATE_ESCALATION raised on 急ぎの見積り対応: " + summary);
    // written as an RFC 2047 encoded word, so every client reads the Japanese back
    assertThat(raised.getHeader("Subject")[0]).containsIgnoringCase("=?utf-8?");
    assertThat(raised.getHeader(EmailSender.ALERT)).containsExactly(id);
    assertThat(raised.getHeader(EmailSender.EVENT)).containsExactly("raised");
    assertThat(raised.getHeader(WebhookSender.DELIVERY)).hasSize(1);
    assertThat(raised.getHeader("Auto-Submitted")).containsExactly("auto-generated");

    Map<String, Part> parts = textParts(raised);
    assertThat(parts).containsOnlyKeys("text/plain", "text/html");
    for (Part p : parts.values()) {
      assertThat(p.getContentType()).containsIgnoringCase("charset=utf-8");
    }
    // lines arrive as SMTP writes them, ended by CRLF
    String text = ((String) parts.get("text/plain").getContent()).replace("\r\n", "\n");
    String html = ((String) parts.get("text/html").getContent()).replace("\r\n", "\n");

    assertThat(text)
        .contains("DUPLICATE_ESCALATION (warning): raised")
        .contains(summary)
        .contains("M-1 (急ぎの見積り対応)")
        .contains("t-ops (Operations 2)")
        .contains("s-ikumi (佐藤 いくみ)")
        .contains(alert.getString("firstRaisedAt") + " (Asia/Tokyo)")
        .contains("See the alert: " + link);
    assertThat(html)
        .contains("<strong>DUPLICATE_ESCALATION (warning)</strong>: raised")
        .contains(AlertEmail.escape(summary))
        .contains(AlertEmail.escape("M-1 (急ぎの見積り対応)"))
        .contains(AlertEmail.escape("s-ikumi (佐藤 いくみ)"))
        .contains("<a href=\"" + AlertEmail.escape(link) + "\">");

    // the events the alert cites, as the page's story tells them
    List<Map<String, Object>> cited =
        given()
            .get("/api/v1/alerts/" + id + "/story")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("timeline.findAll { it.evidence }");
    assertThat(cited).isNotEmpty().hasSizeLessThanOrEqualTo(StoryExcerpts.MOST_LINES);
    for (Map<String, Object> e : cited) {
      String time = ((String) e.get("time")).substring(0, 16).replace('T', ' ');
      String headline = (String) e.get("headline");
      assertThat(text).contains("  " + time + "  " + headline + "\n");
      assertThat(html)
          .contains("<tr><td>" + time + "</td><td>" + AlertEmail.escape(headline) + "</td></tr>");
    }

    // the mail's acknowledge link acts as the alert's manager, from the mail alone
    Matcher ack =
        Pattern.compile("Acknowledge it: http://localhost:8080(/acknowledge/[A-Za-z0-9_-]+)")
            .matcher(text);
    assertThat(ack.find()).as("an acknowledge link in the text part").isTrue();
    assertThat(html)
        .contains("<a href=\"http://localhost:8080" + ack.group(1) + "\">Acknowledge it</a>");
    given()
        .post(ack.group(1))
        .then()
        .statusCode(200)
        .body(containsString("Acknowledged as s-ikumi"));
    MimeMessage acknowledged = awaitMails(2).get(1);
    given()
        .get("/api/v1/alerts/" + id)
        .then()
        .body("state", equalTo("acknowledged"))
        .body("acknowledgedBy", equalTo("s-ikumi"));

    assertThat(addresses(acknowledged.getRecipients(MimeMessage.RecipientType.TO)))
        .containsExactly(TO);
    assertThat(acknowledged.getSubject())
        .isEqualTo("[warning] DUPLICATE_ESCALATION acknowledged on 急ぎの見積り対応: " + summary);
    assertThat(acknowledged.getHeader(EmailSender.EVENT)).containsExactly("acknowledged");
    Map<String, Part> ackParts = textParts(acknowledged);
    assertThat((String) ackParts.get("text/plain").getContent())
        .contains("acknowledged by s-ikumi (佐藤 いくみ)")
        .contains("See the alert: " + link)
        .as("a change that asks nothing carries no acknowledge link")
        .doesNotContain("Acknowledge it");
    assertThat((String) ackParts.get("text/html").getContent())
        .contains(AlertEmail.escape("acknowledged by s-ikumi (佐藤 いくみ)"));

    given()
        .get("/api/v1/alerts/" + id + "/notifications")
        .then()
        .statusCode(200)
        .body("event", contains("raised", "acknowledged"))
        .body("receiver", contains("ops-mail", "ops-mail"))
        .body("kind", contains("email", "email"))
        .body("status", contains("sent", "sent"))
        .body("attempts", contains(1, 1))
        .body("to", contains(TO, TO));
  }

  @Test
  void aMailTheSmtpServerDidNotTakeIsSentOnceItIsBackAndTheLogShowsTheFailure() throws Exception {
    SmtpServer.outage();
    String id;
    try {
      live.postStoryEvents("e1", "e2", "e3", "e4");
      id = duplicateEscalation().getString("id");
      awaitLogged(id, "failed");
      given()
          .get("/api/v1/alerts/" + id + "/notifications")
          .then()
          .body("status", contains("failed"))
          .body("kind", contains("email"))
          .body("[0].error", containsString("SMTP server"));
    } finally {
      SmtpServer.startAgain();
    }

    // the rest after a failed attempt is wall-clock time: it passes while the test waits, as it
    // would for a server that takes a while to answer again (an attempt may still meet the old one)
    await()
        .atMost(Duration.ofSeconds(40))
        .until(
            () -> {
              live.clock().atLeast(live.clock().instant().plus(Duration.ofSeconds(20)));
              return "sent"
                  .equals(
                      given()
                          .get("/api/v1/alerts/" + id + "/notifications")
                          .then()
                          .extract()
                          .path("[0].status"));
            });
    given()
        .get("/api/v1/alerts/" + id + "/notifications")
        .then()
        .body("status", contains("sent"))
        .body("attempts", contains(greaterThanOrEqualTo(2)))
        .body("to", contains(TO));
    List<MimeMessage> mails = awaitMails(1);
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).getSubject())
        .startsWith("[warning] DUPLICATE_ESCALATION raised on 急ぎの見積り対応: ");
  }

  private static JsonPath duplicateEscalation() {
    return LoopbackReceiver.duplicateEscalation();
  }

  private static void awaitLogged(String id, String status) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                given()
                    .get("/api/v1/alerts/" + id + "/notifications")
                    .then()
                    .extract()
                    .<List<String>>path("status")
                    .contains(status));
  }

  private static List<String> addresses(jakarta.mail.Address[] addresses) {
    return Arrays.stream(addresses).map(a -> ((InternetAddress) a).getAddress()).toList();
  }
}
