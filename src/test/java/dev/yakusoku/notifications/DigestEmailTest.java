package dev.yakusoku.notifications;

import static dev.yakusoku.notifications.DigestFixtures.alert;
import static dev.yakusoku.notifications.DigestFixtures.digests;
import static dev.yakusoku.notifications.DigestFixtures.resolved;
import static dev.yakusoku.support.Mails.awaitMails;
import static dev.yakusoku.support.Mails.textParts;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.yakusoku.alerts.Alert;
import dev.yakusoku.facts.AlertTypes;
import dev.yakusoku.persistence.UniqueViolation;
import dev.yakusoku.support.LiveService;
import dev.yakusoku.support.SmtpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A receiver with {@code digest} is mailed its team's daily digest through a real SMTP server on
 * loopback, at the start of the team's business day by the service's wall clock (the scheduler's
 * pass, not the test's call), once a day however often and wherever the job runs.
 */
@QuarkusTest
@WithTestResource(value = SmtpServer.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "admin"})
class DigestEmailTest {
  private static final String TO = "ikumi@ops.example.jp";
  private static final String RECEIVER = "ops-digest";
  private static final String BROKEN_SUMMARY = "約束の期限 <b>過ぎ</b> & \"急ぎ\"";
  private static final Pattern SECTION = Pattern.compile("^(\\S.*) \\((\\d+)\\)$");
  private static final Pattern LINKED = Pattern.compile("\\?alert=(a-[a-z-]+)");

  @Inject LiveService live;
  @Inject DailyDigest digest;

  @BeforeEach
  void aWeekendWithAlertsAndADigestReceiver() throws Exception {
    SmtpServer.running().purgeEmailFromAllMailboxes();
    // Saturday noon in Tokyo, the story's teams on the calendar's zone
    live.resetAt("2026-11-28T12:00:00+09:00");
    live.putStoryDirectory();
    Alert stalled =
        alert(
            "a-dg-stalled",
            "t-ops",
            AlertTypes.STALLED_DEPENDENCY,
            "warning",
            "部品の回答待ちが止まっています",
            "2026-11-27T15:00:00+09:00");
    stalled.acknowledge("s-ikumi", null, Instant.parse("2026-11-27T07:00:00Z"));
    DigestFixtures.store(
        // open since long before: open, not raised
        alert(
            "a-dg-broken",
            "t-ops",
            AlertTypes.BROKEN_PROMISE,
            "critical",
            BROKEN_SUMMARY,
            "2026-11-20T10:00:00+09:00"),
        // raised on Friday, the previous business day, and acknowledged: open and raised
        stalled,
        // raised on Thursday, resolved on Saturday: resolved
        resolved(
            alert(
                "a-dg-resolved",
                "t-ops",
                AlertTypes.DUPLICATE_ESCALATION,
                "warning",
                "二度目のエスカレーション",
                "2026-11-26T11:00:00+09:00"),
            "s-ikumi",
            "2026-11-28T10:00:00+09:00"),
        // raised on Monday before the day began: open, raised only in Tuesday's digest
        alert(
            "a-dg-early",
            "t-ops",
            AlertTypes.UNROUTED_CONTACT,
            "warning",
            "誰宛てか分からない電話",
            "2026-11-30T08:30:00+09:00"),
        // another team's, raised on Friday: in no digest of t-ops
        alert(
            "a-dg-sales",
            "t-sales",
            AlertTypes.BROKEN_PROMISE,
            "critical",
            "営業の約束",
            "2026-11-27T12:00:00+09:00"),
        // resolved before the previous business day began: in no list
        resolved(
            alert(
                "a-dg-old",
                "t-ops",
                AlertTypes.PROMISE_AT_RISK,
                "warning",
                "古い話",
                "2026-11-25T10:00:00+09:00"),
            "s-ikumi",
            "2026-11-26T17:00:00+09:00"));
    given()
        .contentType(ContentType.JSON)
        .body(
            """
            {"kind": "email", "teams": ["t-ops"], "severities": ["critical", "warning"],
             "to": ["%s"], "digest": true}"""
                .formatted(TO))
        .put("/api/v1/receivers/" + RECEIVER)
        .then()
        .statusCode(201)
        .body("digest", equalTo(true));
  }

  @AfterEach
  void removeTheReceiver() {
    given().delete("/api/v1/receivers/" + RECEIVER).then().statusCode(204);
  }

  @Test
  void theDigestIsMailedAtNineOnMondayInTheTeamsZoneNotBeforeAndTellsOfItsTeamOnly()
      throws Exception {
    assertThat(digest.writeDue(live.clock().instant())).as("on Saturday").isZero();
    live.clock().set("2026-11-30T08:59:59+09:00");
    assertThat(digest.writeDue(live.clock().instant())).as("a second before nine").isZero();
    noMoreMailsThan(0);
    assertThat(digests()).isEmpty();

    live.clock().set("2026-11-30T09:00:00+09:00");
    MimeMessage mail = awaitMails(1).get(0);

    assertThat(Arrays.stream(mail.getAllRecipients()).map(Object::toString)).containsExactly(TO);
    assertThat(mail.getSubject())
        .isEqualTo(
            "Daily digest of Operations 2 for Mon 2026-11-30:"
                + " 3 open, 1 raised, 1 resolved, 1 broken promise");
    assertThat(mail.getHeader(EmailSender.EVENT)).containsExactly("digest");
    assertThat(mail.getHeader(EmailSender.DIGEST)).containsExactly("t-ops/2026-11-30");
    assertThat(mail.getHeader(WebhookSender.DELIVERY)).hasSize(1);
    assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
    Map<String, Part> parts = textParts(mail);
    assertThat(parts).containsOnlyKeys("text/plain", "text/html");
    for (Part p : parts.values()) {
      assertThat(p.getContentType()).containsIgnoringCase("charset=utf-8");
    }
    String text = lines(parts.get("text/plain"));
    String html = lines(parts.get("text/html"));

    Map<String, List<String>> expected = new LinkedHashMap<>();
    expected.put("Broken promises (1)", List.of("a-dg-broken"));
    expected.put("Stalled dependencies (1)", List.of("a-dg-stalled"));
    expected.put("Open alerts (3)", List.of("a-dg-broken", "a-dg-stalled", "a-dg-early"));
    expected.put("Raised (1)", List.of("a-dg-stalled"));
    expected.put("Resolved (1)", List.of("a-dg-resolved"));
    assertThat(sections(text)).containsExactlyEntriesOf(expected);

    assertThat(text)
        .startsWith("Daily digest of t-ops (Operations 2) for Mon 2026-11-30 (Asia/Tokyo)\n")
        .contains(
            "Open: 3 · Raised: 1 · Resolved: 1 · Broken promises: 1 · Stalled dependencies: 1\n")
        .contains("Raised and resolved from 2026-11-27 00:00 to 2026-11-30 00:00.\n")
        .contains(
            "  [critical] BROKEN_PROMISE: "
                + BROKEN_SUMMARY
                + "\n    matter M-a-dg-broken · manager s-ikumi (佐藤 いくみ)"
                + " · first raised 2026-11-20 10:00 · open"
                + "\n    http://localhost:8080/?alert=a-dg-broken\n")
        .contains(
            "  [warning] STALLED_DEPENDENCY: 部品の回答待ちが止まっています"
                + "\n    matter M-a-dg-stalled · manager s-ikumi (佐藤 いくみ)"
                + " · first raised 2026-11-27 15:00 · acknowledged by s-ikumi (佐藤 いくみ)\n")
        .contains(
            "  [warning] DUPLICATE_ESCALATION: 二度目のエスカレーション"
                + "\n    matter M-a-dg-resolved · manager s-ikumi (佐藤 いくみ)"
                + " · first raised 2026-11-26 11:00 · resolved 2026-11-28 10:00 by s-ikumi (佐藤 いくみ)"
                + "\n    http://localhost:8080/?alert=a-dg-resolved\n")
        .doesNotContain("営業の約束")
        .doesNotContain("古い話");

    assertThat(html)
        .contains("<meta charset=\"UTF-8\">")
        .contains("<h3>Open alerts (3)</h3>")
        .contains(
            "<li><a href=\"http://localhost:8080/?alert=a-dg-broken\">[critical] BROKEN_PROMISE: "
                + AlertEmail.escape(BROKEN_SUMMARY)
                + "</a><br>")
        .contains(AlertEmail.escape("manager s-ikumi (佐藤 いくみ)"))
        .doesNotContain("<b>過ぎ</b>")
        .doesNotContain("営業の約束");
    assertThat(sections(html.replaceAll("</?h3>|<li>", "\n")))
        .as("the HTML lists what the text lists")
        .containsExactlyEntriesOf(expected);

    List<Notification> written = digests();
    assertThat(written).hasSize(1);
    Notification n = written.get(0);
    assertThat(n.receiverId).isEqualTo(RECEIVER);
    assertThat(n.digestTeam).isEqualTo("t-ops");
    assertThat(n.digestDay).isEqualTo(LocalDate.parse("2026-11-30"));
    assertThat(n.alertId).isNull();
    assertThat(n.status).isEqualTo(Notification.SENT);
    assertThat(n.attempts).isEqualTo(1);
    assertThat(n.recipient).isEqualTo(TO);
  }

  @Test
  void theDigestIsWrittenOnceADayHoweverOftenAndWhereverTheJobRunsAndEachDayHasItsOwn()
      throws Exception {
    live.clock().set("2026-11-30T09:00:00+09:00");
    Instant nine = live.clock().instant();
    // the scheduler's pass and three more at once, as other replicas' would be
    ExecutorService replicas = Executors.newFixedThreadPool(3);
    List<Future<Integer>> passes = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        passes.add(replicas.submit(() -> digest.writeDue(nine)));
      }
      int written = 0;
      for (Future<Integer> pass : passes) {
        written += pass.get();
      }
      assertThat(written).as("digests the passes wrote").isLessThanOrEqualTo(1);
    } finally {
      replicas.shutdown();
    }
    awaitMails(1);
    // later passes of the day, a restart's among them, find it written
    live.clock().set("2026-11-30T17:59:00+09:00");
    assertThat(digest.writeDue(live.clock().instant())).isZero();
    noMoreMailsThan(1);
    assertThat(digests()).hasSize(1);

    // and the database itself keeps a second one of the day out
    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () -> {
                          Notification twice = new Notification();
                          twice.receiverId = RECEIVER;
                          twice.kind = "email";
                          twice.event = Notification.DIGEST;
                          twice.digestTeam = "t-ops";
                          twice.digestDay = LocalDate.parse("2026-11-30");
                          twice.alert = "{}";
                          twice.createdAt = nine;
                          twice.status = Notification.SENT;
                          twice.persist();
                        }))
        .satisfies(e -> assertThat(UniqueViolation.causes(e)).as("a unique violation").isTrue());

    // Tuesday has a digest of its own, of Monday
    live.clock().set("2026-12-01T09:00:00+09:00");
    MimeMessage tuesday = awaitMails(2).get(1);
    assertThat(tuesday.getHeader(EmailSender.DIGEST)).containsExactly("t-ops/2026-12-01");
    String text = lines(textParts(tuesday).get("text/plain"));
    Map<String, List<String>> expected = new LinkedHashMap<>();
    expected.put("Broken promises (1)", List.of("a-dg-broken"));
    expected.put("Stalled dependencies (1)", List.of("a-dg-stalled"));
    expected.put("Open alerts (3)", List.of("a-dg-broken", "a-dg-stalled", "a-dg-early"));
    expected.put("Raised (1)", List.of("a-dg-early"));
    expected.put("Resolved (0)", List.of());
    assertThat(sections(text)).containsExactlyEntriesOf(expected);
    assertThat(text).contains("Resolved (0)\n  none\n");
    assertThat(digests())
        .extracting(d -> d.digestDay.toString())
        .containsExactly("2026-11-30", "2026-12-01");
  }

  @Test
  void aDigestIsRefusedToKindsThatWouldTakeItForAnIncident() {
    for (String kind : List.of("pagerduty", "alertmanager")) {
      given()
          .contentType(ContentType.JSON)
          .body(
              """
              {"kind": "%s", "teams": ["t-ops"], "severities": ["critical"],
               "routingKey": "R0UT1NGKEY", "url": "https://am.example.com/hook", "digest": true}"""
                  .formatted(kind))
          .put("/api/v1/receivers/" + kind + "-digest")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", hasItem("digest"));
      given().get("/api/v1/receivers/" + kind + "-digest").then().statusCode(404);
    }
    // the digest's own receiver kind keeps its digest, nothing else is refused
    given()
        .get("/api/v1/receivers/" + RECEIVER)
        .then()
        .statusCode(200)
        .body("digest", equalTo(true));
  }

  /** The digest's headings, each with the alerts it links to, in order. */
  private static Map<String, List<String>> sections(String text) {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : text.split("\n")) {
      Matcher heading = SECTION.matcher(line);
      if (heading.matches()) {
        current = new ArrayList<>();
        sections.put(line, current);
        continue;
      }
      Matcher link = LINKED.matcher(line);
      if (current != null && link.find() && !current.contains(link.group(1))) {
        current.add(link.group(1));
      }
    }
    return sections;
  }

  /** No more than {@code count} mails arrive while the scheduler has passes enough to send one. */
  private static void noMoreMailsThan(int count) {
    await()
        .during(Duration.ofMillis(1500))
        .atMost(Duration.ofSeconds(5))
        .until(() -> SmtpServer.running().getReceivedMessages().length <= count);
  }

  /** A part's text as written: SMTP ends its lines by CRLF and keeps no line break at the end. */
  private static String lines(Part part) throws Exception {
    return ((String) part.getContent()).replace("\r\n", "\n").stripTrailing() + "\n";
  }
}
