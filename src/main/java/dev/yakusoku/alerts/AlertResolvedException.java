package dev.yakusoku.alerts;

/** An act that only an alert not yet resolved can take. Answered 409. */
public class AlertResolvedException extends RuntimeException {
  public AlertResolvedException(String id) {
    super("alert " + id + " is resolved");
  }
}
