package dev.yakusoku.notifications;

import dev.yakusoku.alerts.AlertEvent;
import java.time.Instant;
import java.util.Optional;

/** Delivers notifications of one receiver kind in the form its receiving side documents. */
interface Sender {
  /** The receiver kind it serves ({@code webhook}, {@code slack}, ...). */
  String kind();

  /** Whether receivers of this kind are told of {@code event}; most kinds hear every change. */
  default boolean tells(AlertEvent event) {
    return true;
  }

  /**
   * When the receiving side would take {@code delivery} if not now (a rate it holds senders to);
   * empty to send it now. A delivery held back this way waits, it is not dropped.
   */
  default Optional<Instant> notBefore(Delivery delivery, Instant now) {
    return Optional.empty();
  }

  /** Delivers it; answers where it went (addresses, or the host posted to). */
  String send(Delivery delivery) throws DeliveryFailedException;

  /**
   * Whether receivers of this kind take a daily digest ({@link #sendDigest}); only kinds that say
   * so are written one.
   */
  default boolean sendsDigests() {
    return false;
  }

  /**
   * Delivers a daily digest ({@link Delivery#digest()}) in this kind's form; answers where it went.
   * A kind that takes digests says so in {@link #sendsDigests} and overrides this.
   */
  default String sendDigest(Delivery delivery) throws DeliveryFailedException {
    throw new DeliveryFailedException(kind() + " receivers take no digest");
  }
}
