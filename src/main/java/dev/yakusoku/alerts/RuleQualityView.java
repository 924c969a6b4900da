package dev.yakusoku.alerts;

import java.util.Comparator;

/**
 * How managers received the alerts of one rule and type: how many were raised (and how often), how
 * many a person acknowledged or resolved, their verdicts, and the median wall-clock time from
 * storing an alert to a person's first act on it (ISO-8601; null when none was acknowledged).
 */
public record RuleQualityView(
    String rule,
    String type,
    long alertsRaised,
    long occurrences,
    long acknowledged,
    long useful,
    long noise,
    Double noiseShare,
    String medianTimeToAcknowledge) {

  /** The noisiest rules first, then the busiest; rules without verdicts last. */
  static final Comparator<RuleQualityView> NOISIEST_FIRST =
      Comparator.comparing(
              RuleQualityView::noiseShare, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(RuleQualityView::alertsRaised, Comparator.reverseOrder())
          .thenComparing(RuleQualityView::rule, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(RuleQualityView::type, Comparator.nullsLast(Comparator.naturalOrder()));
}
