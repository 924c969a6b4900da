package dev.yakusoku.engine;

import dev.yakusoku.calendar.BusinessCalendar;
import dev.yakusoku.events.EventData.PromiseMade;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The calendar arithmetic of a {@code promise.made}: its due time from exactly one of {@code due},
 * {@code within} or {@code by}, and the moment it becomes at risk.
 */
final class PromiseTerms {
  private PromiseTerms() {}

  static Instant due(Instant madeAt, PromiseMade made, BusinessCalendar calendar) {
    if (made.due() != null) {
      return OffsetDateTime.parse(made.due()).toInstant();
    }
    if (made.within() != null) {
      return calendar.plus(madeAt, made.within());
    }
    return switch (String.valueOf(made.by())) {
      case PromiseMade.END_OF_DAY -> calendar.endOfDay(madeAt);
      case PromiseMade.END_OF_NEXT_BUSINESS_DAY -> calendar.endOfNextBusinessDay(madeAt);
      default -> throw new IllegalArgumentException("unknown 'by': " + made.by());
    };
  }

  /**
   * The share of the window counts business time, except for a promise given as elapsed time
   * ({@code within: PT30M}) or a window with no business time in it, which count elapsed time.
   */
  static Instant atRisk(
      Instant madeAt, Instant due, boolean elapsed, double share, BusinessCalendar calendar) {
    Duration business = elapsed ? Duration.ZERO : calendar.businessTimeBetween(madeAt, due);
    if (business.isZero()) {
      long millis = Duration.between(madeAt, due).toMillis();
      return madeAt.plusMillis((long) (millis * share));
    }
    return calendar.plusBusinessTime(
        madeAt, Duration.ofMillis((long) (business.toMillis() * share)));
  }
}
