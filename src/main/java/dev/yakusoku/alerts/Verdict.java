package dev.yakusoku.alerts;

/** A manager's judgement of an alert, given when acknowledging or resolving it. */
public final class Verdict {
  public static final String USEFUL = "useful";
  public static final String NOISE = "noise";

  /** What a body's {@code verdict} may say. */
  static final String ONE_OF = USEFUL + "|" + NOISE;

  private Verdict() {}
}
