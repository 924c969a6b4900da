package dev.yakusoku.engine;

import dev.yakusoku.calendar.BusinessCalendar;
import dev.yakusoku.events.AcceptedEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The calendar arithmetic of a {@code promise.made}: its due time from exactly one of {@code due},
 * {@code within} or {@code by}, and the moment it becomes at risk.
 */
public final class PromiseTerms {
  static final String END_OF_DAY = "end-of-day";
  static final String END_OF_NEXT_BUSINESS_DAY = "end-of-next-business-day";

  private PromiseTerms() {}

  public static Instant due(AcceptedEvent e, BusinessCalendar calendar) {
    Instant madeAt = e.time();
    if (e.text("due") != null) {
      return OffsetDateTime.parse(e.text("due")).toInstant();
    }
    if (e.text("within") != null) {
      return calendar.plus(madeAt, e.text("within"));
    }
    return switch (String.valueOf(e.text("by"))) {
      case END_OF_DAY -> calendar.endOfDay(madeAt);
      case END_OF_NEXT_BUSINESS_DAY -> calendar.endOfNextBusinessDay(madeAt);
      default -> throw new IllegalArgumentException("unknown 'by': " + e.text("by"));
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

  static boolean isElapsed(AcceptedEvent e) {
    String within = e.text("within");
    return within != null && within.startsWith("PT");
  }
}
