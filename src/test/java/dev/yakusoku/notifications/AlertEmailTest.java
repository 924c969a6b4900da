package dev.yakusoku.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yakusoku.alerts.AlertView;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mail's words for each change, and what comes from outside kept as text in the HTML. */
class AlertEmailTest {
  private static final String LINK = "http://page.example/?alert=a%2F1&x=<y>";
  private static final StoryExcerpts.Excerpt STORY = MessageFixtures.STORY;

  @Test
  void theHtmlPartEscapesEverythingThatCameFromOutsideAndTheSubjectIsOneLine() {
    AlertEmail mail =
        AlertEmail.of(
            "raised",
            alert("Line one\r\nBcc: evil@example <b>"),
            STORY,
            new MessageLinks.Links(LINK, "http://page.example/acknowledge/t\"<x>"));

    assertThat(mail.subject())
        .isEqualTo(
            "[warning] DUPLICATE_ESCALATION raised on 見積り <急ぎ> & \"確認\": Line one Bcc: evil@example <b>")
        .doesNotContain("\r", "\n");
    assertThat(mail.html())
        .doesNotContain("<script>", "<b>", "<急ぎ>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .contains("M-1 (見積り &lt;急ぎ&gt; &amp; &quot;確認&quot;)")
        .contains("t-ops (Operations &amp; Co)")
        .contains("<a href=\"http://page.example/?alert=a%2F1&amp;x=&lt;y&gt;\">")
        .contains("<tr><td>2026-11-26 10:12</td><td>")
        .contains("<tr><td></td><td>/crm#e9</td></tr>")
        .contains("3 earlier events on the page")
        .contains(
            "<a href=\"http://page.example/acknowledge/t&quot;&lt;x&gt;\">Acknowledge it</a>");
    assertThat(mail.text())
        .contains("  2026-11-26 10:12  <script>alert('x')</script>\n")
        .contains("  /crm#e9\n")
        .contains("M-1 (見積り <急ぎ> & \"確認\")")
        .contains("See the alert: " + LINK);
  }

  @Test
  void eachChangeIsSaidInWords() {
    AlertView a = alert("s");
    assertThat(AlertEmail.changed("raised", a, STORY)).isEqualTo("raised");
    assertThat(AlertEmail.changed("acknowledged", a, STORY))
        .isEqualTo("acknowledged by s-ikumi (佐藤 いくみ)");
    assertThat(AlertEmail.changed("resolved", a, STORY))
        .isEqualTo("resolved by s-ikumi (佐藤 いくみ): called back");
    assertThat(AlertEmail.changed("escalated", a, STORY))
        .isEqualTo("escalated from s-ikumi (佐藤 いくみ) to s-boss (上司 <b>) of t-ops (Operations & Co)");
    assertThat(AlertEmail.changed("occurred-again", a, STORY))
        .isEqualTo("occurred again (2 times now)");
    assertThat(AlertEmail.changed("snooze-ended", a, STORY))
        .isEqualTo("snooze ended: it is open again");
  }

  @Test
  void theLogKeepsAddressesThatFitItsColumn() {
    assertThat(EmailSender.recipients(List.of("a@x.jp", "b@x.jp"))).isEqualTo("a@x.jp, b@x.jp");
    List<String> many =
        java.util.stream.IntStream.range(0, 300).mapToObj(i -> "manager" + i + "@x.jp").toList();
    String shown = EmailSender.recipients(many);
    assertThat(shown)
        .hasSizeLessThanOrEqualTo(2000)
        .startsWith("manager0@x.jp, ")
        .endsWith(" more");
  }

  private static AlertView alert(String summary) {
    return MessageFixtures.alert(summary);
  }
}
