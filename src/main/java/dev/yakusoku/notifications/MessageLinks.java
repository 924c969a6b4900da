package dev.yakusoku.notifications;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The links a message a person reads carries: to the alert's story on the page, and, for a change
 * that asks a manager to look, a link that acknowledges it as its manager without signing in. Each
 * attempt makes a link of its own (only a token's hash is kept, so an earlier one cannot be shown
 * again); every one of them acts at most once, and an alert acknowledged is not acknowledged again.
 */
@ApplicationScoped
class MessageLinks {
  private final AlertLinks alerts;
  private final AcknowledgeLinks acknowledgements;

  MessageLinks(AlertLinks alerts, AcknowledgeLinks acknowledgements) {
    this.alerts = alerts;
    this.acknowledgements = acknowledgements;
  }

  /** The links of the message of {@code delivery}. */
  Links of(Delivery delivery) {
    String toAlert = alerts.toAlert(delivery.alert().id());
    if (!delivery.asksForAttention() || delivery.alert().manager() == null) {
      return new Links(toAlert, null);
    }
    return new Links(toAlert, acknowledgements.create(delivery.alert()));
  }

  /** Where to see the alert, and where to acknowledge it (null when the change asks nothing). */
  record Links(String alert, String acknowledge) {}
}
