package dev.yakusoku.notifications;

import dev.yakusoku.alerts.AlertView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Posts a message a person reads in a chat to the receiver's incoming webhook: the change in the
 * words of the alert's story, with the message's links (an acknowledge link is made here, once per
 * attempt, only when the message is about to go), or a daily digest linking to the page.
 */
@ApplicationScoped
class ChatPost {
  private final HttpPost post;
  private final StoryExcerpts stories;
  private final MessageLinks links;
  private final AlertLinks alertLinks;

  ChatPost(HttpPost post, StoryExcerpts stories, MessageLinks links, AlertLinks alertLinks) {
    this.post = post;
    this.stories = stories;
    this.links = links;
    this.alertLinks = alertLinks;
  }

  /** How a chat writes the message of a change. */
  @FunctionalInterface
  interface Format {
    Map<String, Object> of(
        String event, AlertView alert, StoryExcerpts.Excerpt story, MessageLinks.Links links);
  }

  /** How a chat writes the message of a daily digest. */
  @FunctionalInterface
  interface DigestFormat {
    Map<String, Object> of(Digest digest, AlertLinks links);
  }

  /** Posts {@code d}'s message in {@code format}; answers the host it went to. */
  String send(Delivery d, Format format) throws DeliveryFailedException {
    AlertView a = d.alert();
    return post.asJson(
        d.receiver().url(), format.of(d.event(), a, stories.of(a), links.of(d)), Map.of());
  }

  /** Posts the daily digest {@code d} carries in {@code format}; answers the host it went to. */
  String sendDigest(Delivery d, DigestFormat format) throws DeliveryFailedException {
    return post.asJson(d.receiver().url(), format.of(d.digest(), alertLinks), Map.of());
  }
}
