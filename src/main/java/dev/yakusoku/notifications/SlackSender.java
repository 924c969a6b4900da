package dev.yakusoku.notifications;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code slack}: a Slack message ({@link SlackMessage}) posted to the receiver's incoming webhook
 * URL, which Slack answers {@code 200 ok}; anything else is a failed delivery, tried again. It
 * hears every change; a change that asks a manager to look carries an Acknowledge button. A
 * receiver with {@code digest} is posted its teams' daily digests too ({@link
 * SlackMessage#digest}).
 */
@ApplicationScoped
class SlackSender implements Sender {
  private final ChatPost chat;

  SlackSender(ChatPost chat) {
    this.chat = chat;
  }

  @Override
  public String kind() {
    return "slack";
  }

  @Override
  public String send(Delivery d) throws DeliveryFailedException {
    return chat.send(d, SlackMessage::of);
  }

  @Override
  public boolean sendsDigests() {
    return true;
  }

  @Override
  public String sendDigest(Delivery d) throws DeliveryFailedException {
    return chat.sendDigest(d, SlackMessage::digest);
  }
}
