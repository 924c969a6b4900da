package dev.yakusoku.facts;

import java.time.Duration;

/**
 * The tunable numbers rules read, as the DRL global {@code settings}.
 *
 * @param callbackWindow how long a callback promised on an inbound call may take
 * @param atRiskShare share of a promise's window after which it is at risk (0..1)
 * @param defaultFollowUp ISO-8601 follow-up of a wait when its event names none ({@code P2D})
 */
public record EngineSettings(Duration callbackWindow, double atRiskShare, String defaultFollowUp) {
  public static EngineSettings defaults() {
    return new EngineSettings(Duration.ofMinutes(30), 0.75, "P2D");
  }

  public Duration getCallbackWindow() {
    return callbackWindow;
  }

  public double getAtRiskShare() {
    return atRiskShare;
  }

  public String getDefaultFollowUp() {
    return defaultFollowUp;
  }
}
