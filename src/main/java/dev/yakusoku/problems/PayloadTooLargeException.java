package dev.yakusoku.problems;

/** A request over a configured size. Answered 413. */
public class PayloadTooLargeException extends RuntimeException {
  public PayloadTooLargeException(String message) {
    super(message);
  }
}
