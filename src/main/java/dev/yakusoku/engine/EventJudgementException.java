package dev.yakusoku.engine;

import dev.yakusoku.events.AcceptedEvent;
import dev.yakusoku.problems.Failures;

/**
 * An event the engine could not judge: its facts could not be made ({@link Stage#TRANSLATION}) or a
 * rule failed on them ({@link Stage#RULES}). The event is quarantined and its matter judged without
 * it.
 */
public class EventJudgementException extends RuntimeException {
  /** Where judging the event failed. */
  public enum Stage {
    TRANSLATION("translation"),
    RULES("rules"),
    ALERT_STORE("alert store"),
    PUBLISHING("publishing");

    private final String label;

    Stage(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private final Stage stage;
  private final AcceptedEvent event;

  public EventJudgementException(Stage stage, AcceptedEvent event, Throwable cause) {
    super(stage.label() + " failed on " + event.ref() + ": " + Failures.describe(cause), cause);
    this.stage = stage;
    this.event = event;
  }

  public Stage stage() {
    return stage;
  }

  public AcceptedEvent event() {
    return event;
  }
}
