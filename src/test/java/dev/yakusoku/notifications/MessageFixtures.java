package dev.yakusoku.notifications;

import dev.yakusoku.alerts.AlertView;
import java.util.List;
import java.util.Map;

/** An alert and a story with text from outside that a message must keep as text. */
final class MessageFixtures {
  static final String LINK = "http://page.example/?alert=a%2F1";
  static final String ACK = "http://page.example/acknowledge/tok";
  static final StoryExcerpts.Excerpt STORY =
      new StoryExcerpts.Excerpt(
          "見積り <急ぎ> & \"確認\"",
          Map.of("s-ikumi", "佐藤 いくみ", "s-boss", "上司 <b>", "t-ops", "Operations & Co"),
          List.of(
              new StoryExcerpts.Line("2026-11-26T10:12:00+09:00", "<script>alert('x')</script>"),
              new StoryExcerpts.Line(null, "/crm#e9")),
          3);

  private MessageFixtures() {}

  /** An open alert of {@code summary}, managed by s-boss, occurred twice. */
  static AlertView alert(String summary) {
    return alert(summary, "open", null);
  }

  static AlertView alert(String summary, String state, String resolvedAt) {
    return new AlertView(
        "a/1",
        "DUPLICATE_ESCALATION",
        "warning",
        "M-1",
        "t-ops",
        "s-boss",
        summary,
        "DUPLICATE_ESCALATION:M-1",
        2,
        "2026-11-26T10:12:00+09:00",
        "2026-11-26T10:12:00+09:00",
        state,
        List.of("/crm#e2"),
        List.of(),
        "rule",
        "v1",
        "s-ikumi",
        "s-ikumi",
        resolvedAt,
        "called back",
        null,
        null,
        "s-ikumi",
        "2026-11-26T11:00:00+09:00",
        "t-ops",
        "Asia/Tokyo",
        null);
  }
}
