package dev.yakusoku.alerts;

/** A person's act lost to other changes of the alert twice over. Answered 409; try again. */
public class AlertChangedConcurrentlyException extends RuntimeException {
  public AlertChangedConcurrentlyException(Throwable cause) {
    super("the alert changed while the act was recorded, twice; read it again and retry", cause);
  }
}
