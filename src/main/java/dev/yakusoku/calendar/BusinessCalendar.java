package dev.yakusoku.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.Collections;
import java.util.EnumSet;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Business-time arithmetic for promise deadlines: which days and hours count, in which zone.
 *
 * <p>All calculations are done on {@link LocalDate}s and {@link ZonedDateTime}s in the calendar's
 * zone, so they are DST-safe. A wall time that does not exist (DST gap) resolves forward, exactly
 * as {@link ZonedDateTime#of(LocalDate, LocalTime, ZoneId)} does; an ambiguous one (DST overlap)
 * takes the earlier offset. Opening hours of a day are the real instants between its opening and
 * closing wall times. Instances are immutable and thread-safe and never read the clock.
 */
public final class BusinessCalendar {

  private static final Pattern DURATION =
      Pattern.compile(
          "P(?:(\\d{1,9})D)?"
              + "(?:T(?=\\d)(?:(\\d{1,9})H)?(?:(\\d{1,9})M)?"
              + "(?:(\\d{1,9}(?:[.,]\\d{1,9})?)S)?)?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CALENDAR_UNITS =
      Pattern.compile("P(?:\\d+[YMWD])*\\d+[YMW].*", Pattern.CASE_INSENSITIVE);

  private final ZoneId zone;
  private final Set<DayOfWeek> workDays;
  private final LocalTime opens;
  private final LocalTime closes;
  private final NavigableSet<LocalDate> holidays;

  /**
   * Creates a calendar.
   *
   * @param zone the zone whose wall clock defines business days and hours
   * @param workDays the days of the week that are business days unless listed as holidays
   * @param opens the opening wall time of a business day (inclusive)
   * @param closes the closing wall time of a business day (exclusive), after {@code opens}
   * @param holidays dates that are never business days
   * @throws IllegalArgumentException naming the offending argument
   */
  public BusinessCalendar(
      ZoneId zone,
      Set<DayOfWeek> workDays,
      LocalTime opens,
      LocalTime closes,
      Set<LocalDate> holidays) {
    this.zone = required(zone, "zone");
    required(workDays, "workDays");
    if (workDays.isEmpty()) {
      throw new IllegalArgumentException("workDays must not be empty");
    }
    this.workDays = Collections.unmodifiableSet(EnumSet.copyOf(noNulls(workDays, "workDays")));
    this.opens = required(opens, "opens");
    this.closes = required(closes, "closes");
    if (!closes.isAfter(opens)) {
      throw new IllegalArgumentException(
          "closes (" + closes + ") must be after opens (" + opens + ")");
    }
    required(holidays, "holidays");
    this.holidays =
        Collections.unmodifiableNavigableSet(new TreeSet<>(noNulls(holidays, "holidays")));
  }

  /** Monday to Friday, 09:00 to 18:00, Asia/Tokyo, no holidays. */
  public static BusinessCalendar standard() {
    return new BusinessCalendar(
        ZoneId.of("Asia/Tokyo"),
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
        LocalTime.of(9, 0),
        LocalTime.of(18, 0),
        Set.of());
  }

  public ZoneId zone() {
    return zone;
  }

  /** The opening wall time of a business day. */
  public LocalTime opens() {
    return opens;
  }

  /** The closing wall time of a business day. */
  public LocalTime closes() {
    return closes;
  }

  public boolean isBusinessDay(LocalDate date) {
    required(date, "date");
    return workDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
  }

  /** Whether {@code t} falls on a business day with opening time &lt;= local time &lt; closing. */
  public boolean isBusinessTime(Instant t) {
    LocalDate date = localDate(required(t, "t"));
    return isBusinessDay(date) && !t.isBefore(openingOf(date)) && t.isBefore(closingOf(date));
  }

  /** {@code t} if it is business time, otherwise the opening of the next business day after it. */
  public Instant nextBusinessTime(Instant t) {
    LocalDate date = localDate(required(t, "t"));
    if (isBusinessDay(date) && t.isBefore(closingOf(date))) {
      Instant opening = openingOf(date);
      return t.isBefore(opening) ? opening : t;
    }
    return openingOf(nextBusinessDay(date));
  }

  /** The same business days, hours and holidays, on the wall clock of {@code other}. */
  public BusinessCalendar inZone(ZoneId other) {
    return other.equals(zone)
        ? this
        : new BusinessCalendar(other, workDays, opens, closes, holidays);
  }

  /**
   * The closing time of the business day the promise was made on: that day if made before its
   * closing time, otherwise (at or after closing, or on a non-business day) the next business day.
   */
  public Instant endOfDay(Instant madeAt) {
    return closingOf(endOfDayDate(required(madeAt, "madeAt")));
  }

  /** The closing time of the business day after the {@link #endOfDay(Instant)} day. */
  public Instant endOfNextBusinessDay(Instant madeAt) {
    return closingOf(nextBusinessDay(endOfDayDate(required(madeAt, "madeAt"))));
  }

  /**
   * The same local wall time {@code days} business days after {@code from}'s local date; from a
   * non-business day the first business day after it is day 1.
   *
   * @throws IllegalArgumentException if {@code days} is negative
   */
  public Instant plusBusinessDays(Instant from, int days) {
    required(from, "from");
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
    if (days == 0) {
      return from;
    }
    ZonedDateTime start = from.atZone(zone);
    LocalDate date = start.toLocalDate();
    long remaining = days;
    int perWeek = workDays.size();
    // Skip whole weeks so "P999999999D" cannot spin; keep >= 1 day so we end on a business day.
    while (remaining > perWeek) {
      long weeks = (remaining - 1) / perWeek;
      LocalDate weeksLater = date.plusWeeks(weeks);
      remaining -= weeks * perWeek - workdayHolidays(date, weeksLater);
      date = weeksLater;
    }
    for (; remaining > 0; remaining--) {
      date = nextBusinessDay(date);
    }
    return ZonedDateTime.of(date, start.toLocalTime(), zone).toInstant();
  }

  /**
   * Applies an ISO-8601 duration as the contract says: "PnD" (days only) in business days, anything
   * with a time part or no day part ("PT30M","PT2H","P1DT2H" -> treat days as business days then
   * add the time part elapsed).
   *
   * @throws IllegalArgumentException if the text is not of the form {@code PnDTnHnMnS} (each part
   *     optional, at least one present, no signs), in particular for years, months and weeks
   */
  public Instant plus(Instant from, String isoDuration) {
    required(from, "from");
    required(isoDuration, "isoDuration");
    Matcher m = DURATION.matcher(isoDuration);
    if (!m.matches()
        || (m.group(1) == null && m.group(2) == null && m.group(3) == null && m.group(4) == null)) {
      if (CALENDAR_UNITS.matcher(isoDuration).matches()) {
        throw new IllegalArgumentException(
            "isoDuration '"
                + isoDuration
                + "' uses years, months or weeks; only days (business days) and a time part"
                + " are supported, e.g. P2D, PT30M, P1DT2H");
      }
      throw new IllegalArgumentException(
          "isoDuration '"
              + isoDuration
              + "' is not an ISO-8601 duration of days and/or time, e.g. P2D, PT30M, P1DT2H");
    }
    Instant afterDays =
        m.group(1) == null ? from : plusBusinessDays(from, Integer.parseInt(m.group(1)));
    Duration elapsed = Duration.ZERO;
    if (m.group(2) != null) {
      elapsed = elapsed.plusHours(Long.parseLong(m.group(2)));
    }
    if (m.group(3) != null) {
      elapsed = elapsed.plusMinutes(Long.parseLong(m.group(3)));
    }
    if (m.group(4) != null) {
      elapsed = elapsed.plus(Duration.parse("PT" + m.group(4).replace(',', '.') + "S"));
    }
    return afterDays.plus(elapsed);
  }

  /** The opening hours between {@code from} and {@code to}; zero if {@code to} is not after it. */
  public Duration businessTimeBetween(Instant from, Instant to) {
    required(from, "from");
    required(to, "to");
    Duration total = Duration.ZERO;
    if (!to.isAfter(from)) {
      return total;
    }
    LocalDate first = localDate(from);
    LocalDate last = localDate(to);
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      // whole weeks strictly between the first and the last day count at once
      if (d.isAfter(first) && d.plusDays(7).isBefore(last) && isUniformWeek(d)) {
        total = total.plus(businessTimeOfWeek(d));
        d = d.plusDays(6);
        continue;
      }
      if (isBusinessDay(d)) {
        Instant start = max(openingOf(d), from);
        Instant end = min(closingOf(d), to);
        if (end.isAfter(start)) {
          total = total.plus(Duration.between(start, end));
        }
      }
    }
    return total;
  }

  /**
   * The earliest instant at which {@code amount} of opening hours have passed since {@code from};
   * outside hours counting starts at the next opening, and a result exactly at a closing time is
   * kept rather than moved to the next opening.
   *
   * @throws IllegalArgumentException if {@code amount} is negative
   */
  public Instant plusBusinessTime(Instant from, Duration amount) {
    required(from, "from");
    required(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("amount must not be negative: " + amount);
    }
    if (amount.isZero()) {
      return from;
    }
    Duration remaining = amount;
    LocalDate first = localDate(from);
    for (LocalDate d = first; ; d = d.plusDays(1)) {
      // a whole week that the amount outlasts is passed at once
      if (d.isAfter(first) && isUniformWeek(d)) {
        Duration week = businessTimeOfWeek(d);
        if (remaining.compareTo(week) > 0) {
          remaining = remaining.minus(week);
          d = d.plusDays(6);
          continue;
        }
      }
      if (!isBusinessDay(d)) {
        continue;
      }
      Instant start = max(openingOf(d), from);
      Instant end = closingOf(d);
      if (end.isAfter(start)) {
        Duration available = Duration.between(start, end);
        if (remaining.compareTo(available) <= 0) {
          return start.plus(remaining);
        }
        remaining = remaining.minus(available);
      }
    }
  }

  /**
   * Whether the seven days from {@code start} keep one offset, so each of their business days has
   * exactly the opening hours' length (no DST change falls in them).
   */
  private boolean isUniformWeek(LocalDate start) {
    Instant begin = start.atStartOfDay(zone).toInstant();
    ZoneOffsetTransition next = zone.getRules().nextTransition(begin.minusSeconds(1));
    return next == null
        || !next.getInstant().isBefore(start.plusDays(8).atStartOfDay(zone).toInstant());
  }

  /** The opening hours of the seven days from {@code start}, in a week of one offset. */
  private Duration businessTimeOfWeek(LocalDate start) {
    LocalDate end = start.plusDays(6);
    long days = 0;
    for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
      if (workDays.contains(d.getDayOfWeek())) {
        days++;
      }
    }
    days -=
        holidays.subSet(start, true, end, true).stream()
            .filter(h -> workDays.contains(h.getDayOfWeek()))
            .count();
    return Duration.between(opens, closes).multipliedBy(days);
  }

  private LocalDate endOfDayDate(Instant madeAt) {
    LocalDate date = localDate(madeAt);
    return isBusinessDay(date) && madeAt.isBefore(closingOf(date)) ? date : nextBusinessDay(date);
  }

  /** Holidays falling on a work day in the range (after, upTo]. */
  private long workdayHolidays(LocalDate after, LocalDate upTo) {
    return holidays.subSet(after, false, upTo, true).stream()
        .filter(h -> workDays.contains(h.getDayOfWeek()))
        .count();
  }

  /** Terminates because workDays is non-empty and holidays are finite. */
  private LocalDate nextBusinessDay(LocalDate date) {
    LocalDate d = date.plusDays(1);
    while (!isBusinessDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  private LocalDate localDate(Instant t) {
    return t.atZone(zone).toLocalDate();
  }

  private Instant openingOf(LocalDate date) {
    return ZonedDateTime.of(date, opens, zone).toInstant();
  }

  private Instant closingOf(LocalDate date) {
    return ZonedDateTime.of(date, closes, zone).toInstant();
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static <T> T required(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  private static <T> Set<T> noNulls(Set<T> values, String name) {
    for (T value : values) {
      if (value == null) {
        throw new IllegalArgumentException(name + " must not contain null");
      }
    }
    return values;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BusinessCalendar other
        && zone.equals(other.zone)
        && workDays.equals(other.workDays)
        && opens.equals(other.opens)
        && closes.equals(other.closes)
        && holidays.equals(other.holidays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zone, workDays, opens, closes, holidays);
  }

  @Override
  public String toString() {
    return "BusinessCalendar["
        + zone
        + " "
        + workDays
        + " "
        + opens
        + "-"
        + closes
        + ", holidays="
        + holidays
        + "]";
  }
}
