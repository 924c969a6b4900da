package dev.yakusoku.notifications;

import dev.yakusoku.alerts.AlertEvent;
import dev.yakusoku.alerts.AlertView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * {@code alertmanager}: the alert posted in Alertmanager's webhook format, version {@code "4"}
 * ({@link AlertmanagerMessage}), to whatever takes Alertmanager's webhooks at the receiver's URL.
 *
 * <p>Alertmanager tells of alerts {@code firing} and {@code resolved}, nothing else, so this tells
 * of the changes that say the alert fires (raised, occurred again, escalated, snooze ended: each
 * one {@code firing} again, as Alertmanager repeats a notification) and of its resolution ({@code
 * resolved}, {@code endsAt} the resolution's time). An acknowledgement has no counterpart there
 * (Alertmanager's silences are its own), and is not sent. {@code X-Yakusoku-Delivery} names the
 * notification, the same on every attempt, as for webhooks.
 */
@ApplicationScoped
class AlertmanagerSender implements Sender {
  private final HttpPost post;
  private final StoryExcerpts stories;
  private final AlertLinks links;
  private final NotificationsConfig config;

  AlertmanagerSender(
      HttpPost post, StoryExcerpts stories, AlertLinks links, NotificationsConfig config) {
    this.post = post;
    this.stories = stories;
    this.links = links;
    this.config = config;
  }

  @Override
  public String kind() {
    return "alertmanager";
  }

  @Override
  public boolean tells(AlertEvent event) {
    return event != AlertEvent.ACKNOWLEDGED;
  }

  @Override
  public String send(Delivery d) throws DeliveryFailedException {
    AlertView a = d.alert();
    Map<String, Object> body =
        AlertmanagerMessage.of(
            d.event(),
            a,
            stories.of(a),
            links.toAlert(a.id()),
            config.pageUrl(),
            d.receiver().id());
    return post.asJson(
        d.receiver().url(), body, Map.of(WebhookSender.DELIVERY, String.valueOf(d.id())));
  }
}
