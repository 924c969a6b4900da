package dev.yakusoku.notifications;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code teams}: an Adaptive Card ({@link TeamsMessage}) posted to the receiver's URL, a Teams
 * incoming webhook or a Workflows "post to a channel when a webhook request is received" trigger,
 * which take the same message; a 2xx answer is a delivery. It hears every change; a change that
 * asks a manager to look carries an Acknowledge action. A receiver with {@code digest} is posted
 * its teams' daily digests too ({@link TeamsMessage#digest}).
 */
@ApplicationScoped
class TeamsSender implements Sender {
  private final ChatPost chat;

  TeamsSender(ChatPost chat) {
    this.chat = chat;
  }

  @Override
  public String kind() {
    return "teams";
  }

  @Override
  public String send(Delivery d) throws DeliveryFailedException {
    return chat.send(d, TeamsMessage::of);
  }

  @Override
  public boolean sendsDigests() {
    return true;
  }

  @Override
  public String sendDigest(Delivery d) throws DeliveryFailedException {
    return chat.sendDigest(d, TeamsMessage::digest);
  }
}
