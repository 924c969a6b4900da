package dev.yakusoku.notifications;

import dev.yakusoku.alerts.AlertView;
import java.lang.reflect.Proxy;
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

  /** The page a digest's links go to; its query makes each alert's link join with {@code &}. */
  static final String PAGE = "http://page.example/?view=team";

  private MessageFixtures() {}

  /** The links of a service whose page is {@link #PAGE}. */
  static AlertLinks links() {
    return links(PAGE);
  }

  static AlertLinks links(String page) {
    return new AlertLinks(
        (NotificationsConfig)
            Proxy.newProxyInstance(
                NotificationsConfig.class.getClassLoader(),
                new Class<?>[] {NotificationsConfig.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("pageUrl")) {
                    return page;
                  }
                  throw new UnsupportedOperationException(method.getName());
                }));
  }

  /**
   * The digest of t-ops ("Operations &amp; Co") on {@code day}, since {@code since}, counting
   * {@code counts} of the lists it holds; s-boss is named "上司 &lt;b&gt;".
   */
  static Digest digest(
      String day,
      String since,
      Digest.Counts counts,
      List<AlertView> open,
      List<AlertView> raised,
      List<AlertView> resolved) {
    return new Digest(
        "t-ops",
        "Asia/Tokyo",
        day,
        since,
        day + "T00:00:00+09:00",
        counts,
        open,
        raised,
        resolved,
        Map.of("t-ops", "Operations & Co", "s-boss", "上司 <b>"));
  }

  /** An open alert {@code id} of {@code type}, managed by s-boss. */
  static AlertView alert(String id, String type, String severity, String summary) {
    AlertView a = alert(summary);
    return new AlertView(
        id,
        type,
        severity,
        a.matterId(),
        a.team(),
        a.manager(),
        a.summary(),
        a.dedupKey(),
        a.occurrences(),
        a.firstRaisedAt(),
        a.lastRaisedAt(),
        a.state(),
        a.evidence(),
        a.notes(),
        a.rule(),
        a.ruleSet(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        a.escalationTeam(),
        a.teamZone(),
        a.verdict());
  }

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
