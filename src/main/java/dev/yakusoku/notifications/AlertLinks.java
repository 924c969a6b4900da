package dev.yakusoku.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where a message sends a manager to see an alert: its story on the page. */
@ApplicationScoped
public class AlertLinks {
  private final String page;

  public AlertLinks(NotificationsConfig config) {
    this.page = config.pageUrl();
  }

  /** The page itself, where every alert of a team is listed. */
  public String toPage() {
    return page;
  }

  public String toAlert(String alertId) {
    return page
        + (page.contains("?") ? "&" : "?")
        + "alert="
        + URLEncoder.encode(alertId, StandardCharsets.UTF_8);
  }
}
