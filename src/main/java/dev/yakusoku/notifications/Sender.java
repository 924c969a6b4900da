package dev.yakusoku.notifications;

/** Delivers notifications of one receiver kind in the form its receiving side documents. */
interface Sender {
  /** The receiver kind it serves ({@code webhook}, {@code slack}, ...). */
  String kind();

  /** Delivers it; answers where it went (addresses, or the host posted to). */
  String send(Delivery delivery) throws DeliveryFailedException;
}
