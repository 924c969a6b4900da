package dev.yakusoku.notifications;

/** A change over the API to a receiver that configuration keeps. Answered 409. */
public class ConfiguredReceiverException extends RuntimeException {
  public ConfiguredReceiverException(String id) {
    super(
        "the receiver "
            + id
            + " is kept in configuration (yakusoku.notifications.receivers."
            + id
            + ".*): change it there");
  }
}
