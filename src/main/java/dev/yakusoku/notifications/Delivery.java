package dev.yakusoku.notifications;

import dev.yakusoku.alerts.AlertEvent;
import dev.yakusoku.alerts.AlertView;
import java.util.Set;

/**
 * One notification on its way: the change (or, for a daily digest, the digest, with no alert), the
 * receiver and the attempt's identity.
 */
record Delivery(long id, String event, AlertView alert, Digest digest, ReceiverBody receiver) {

  /** Changes that ask a manager to look; the others tell of what a manager did. */
  static final Set<String> ASKS_FOR_ATTENTION =
      Set.of(
          AlertEvent.RAISED.wire(),
          AlertEvent.OCCURRED_AGAIN.wire(),
          AlertEvent.ESCALATED.wire(),
          AlertEvent.SNOOZE_ENDED.wire());

  /** Whether it is a daily digest rather than an alert change. */
  boolean isDigest() {
    return digest != null;
  }

  /** Whether this change asks a manager to look (and so may be acknowledged from its message). */
  boolean asksForAttention() {
    return ASKS_FOR_ATTENTION.contains(event);
  }
}
