package dev.yakusoku.notifications;

import dev.yakusoku.alerts.AlertEvent;

/** Delivers notifications of one receiver kind in the form its receiving side documents. */
interface Sender {
  /** The receiver kind it serves ({@code webhook}, {@code slack}, ...). */
  String kind();

  /** Whether receivers of this kind are told of {@code event}; most kinds hear every change. */
  default boolean tells(AlertEvent event) {
    return true;
  }

  /** Delivers it; answers where it went (addresses, or the host posted to). */
  String send(Delivery delivery) throws DeliveryFailedException;
}
