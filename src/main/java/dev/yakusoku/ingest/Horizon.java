package dev.yakusoku.ingest;

import dev.yakusoku.calendar.BusinessCalendar;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far ahead of its event a deadline may lie ({@code yakusoku.ingest.horizon}): a promise's due
 * time, a wait's follow-up, an absence's end. Durations are applied as the engine applies them (a
 * day duration in business days), after a check on their figures alone, so no duration costs more
 * to judge than the horizon does.
 */
final class Horizon {
  private static final Pattern DURATION =
      Pattern.compile("P(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?");

  private static final Pattern SHORT_FIGURE = Pattern.compile("\\d{1,9}(?:\\.\\d{1,9})?");

  private final Duration horizon;
  private final BusinessCalendar calendar;

  Horizon(Duration horizon, BusinessCalendar calendar) {
    this.horizon = horizon;
    this.calendar = calendar;
  }

  Duration length() {
    return horizon;
  }

  /** Whether {@code deadline} lies at most the horizon after {@code from}. */
  boolean admits(Instant from, Instant deadline) {
    return !deadline.isAfter(from.plus(horizon));
  }

  /** The deadline {@code isoDuration} names from {@code from}, if it lies within the horizon. */
  Optional<Instant> deadline(Instant from, String isoDuration) {
    Matcher m = DURATION.matcher(isoDuration);
    if (!m.matches() || figuresTooLong(m)) {
      return Optional.empty();
    }
    // n business days are at least n days, and the time part is elapsed time
    BigDecimal days = figure(m.group(1));
    BigDecimal seconds =
        figure(m.group(2))
            .multiply(BigDecimal.valueOf(3600))
            .add(figure(m.group(3)).multiply(BigDecimal.valueOf(60)))
            .add(figure(m.group(4)));
    if (days.compareTo(BigDecimal.valueOf(horizon.toDays())) > 0
        || seconds.compareTo(BigDecimal.valueOf(horizon.toSeconds())) > 0) {
      return Optional.empty();
    }
    Instant deadline = calendar.plus(from, isoDuration);
    return admits(from, deadline) ? Optional.of(deadline) : Optional.empty();
  }

  /** Figures of more than nine digits, leading zeros or not, are beyond any horizon we take. */
  private static boolean figuresTooLong(Matcher m) {
    for (int g = 1; g <= 4; g++) {
      String figure = m.group(g);
      if (figure != null && !SHORT_FIGURE.matcher(figure).matches()) {
        return true;
      }
    }
    return false;
  }

  private static BigDecimal figure(String digits) {
    return digits == null ? BigDecimal.ZERO : new BigDecimal(digits);
  }
}
