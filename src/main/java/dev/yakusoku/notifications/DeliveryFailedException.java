package dev.yakusoku.notifications;

/** The receiving side did not take a notification; it is tried again later. */
class DeliveryFailedException extends Exception {
  DeliveryFailedException(String message) {
    super(message);
  }

  DeliveryFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
