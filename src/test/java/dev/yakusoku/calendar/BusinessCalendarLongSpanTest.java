package dev.yakusoku.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Business time over long spans, where whole weeks are counted at once, equals counting day by day:
 * across holidays, six-day weeks, night shifts and daylight-saving changes, in random spans of up
 * to a year and a half.
 */
class BusinessCalendarLongSpanTest {
  private static final List<BusinessCalendar> CALENDARS =
      List.of(
          BusinessCalendar.standard(),
          new BusinessCalendar(
              ZoneId.of("America/New_York"),
              EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
              LocalTime.of(9, 0),
              LocalTime.of(18, 0),
              holidays()),
          new BusinessCalendar(
              ZoneId.of("Europe/London"),
              EnumSet.complementOf(EnumSet.of(DayOfWeek.SUNDAY)),
              LocalTime.of(1, 30),
              LocalTime.of(2, 30),
              holidays()),
          new BusinessCalendar(
              ZoneId.of("America/New_York"),
              EnumSet.allOf(DayOfWeek.class),
              LocalTime.MIDNIGHT,
              LocalTime.of(6, 0),
              Set.of()));

  @Test
  void businessTimeBetweenEqualsCountingDayByDay() {
    Random random = new Random(26);
    for (BusinessCalendar calendar : CALENDARS) {
      for (int i = 0; i < 150; i++) {
        Instant from = randomInstant(random);
        Instant to = from.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 550)));
        assertThat(calendar.businessTimeBetween(from, to))
            .as("%s from %s to %s", calendar, from, to)
            .isEqualTo(dayByDay(calendar, from, to));
      }
    }
  }

  @Test
  void plusBusinessTimeLandsWhereTheCountedTimeIsReached() {
    Random random = new Random(27);
    for (BusinessCalendar calendar : CALENDARS) {
      for (int i = 0; i < 150; i++) {
        Instant from = randomInstant(random);
        Duration amount = Duration.ofMinutes(1 + random.nextInt(60 * 9 * 300));
        Instant reached = calendar.plusBusinessTime(from, amount);
        assertThat(dayByDay(calendar, from, reached))
            .as("%s: business time from %s to %s", calendar, from, reached)
            .isEqualTo(amount);
        assertThat(dayByDay(calendar, from, reached.minusSeconds(60)))
            .as("%s: a minute earlier than %s is not yet %s", calendar, reached, amount)
            .isLessThan(amount);
      }
    }
  }

  private static Instant randomInstant(Random random) {
    return Instant.parse("2026-01-01T00:00:00Z")
        .plus(Duration.ofMinutes(random.nextInt(60 * 24 * 365 * 2)));
  }

  /** The reference: every day's opening hours, one day at a time. */
  private static Duration dayByDay(BusinessCalendar calendar, Instant from, Instant to) {
    Duration total = Duration.ZERO;
    ZoneId zone = calendar.zone();
    LocalDate last = to.atZone(zone).toLocalDate();
    for (LocalDate d = from.atZone(zone).toLocalDate(); !d.isAfter(last); d = d.plusDays(1)) {
      if (!calendar.isBusinessDay(d)) {
        continue;
      }
      Instant open = ZonedDateTime.of(d, calendar.opens(), zone).toInstant();
      Instant close = ZonedDateTime.of(d, calendar.closes(), zone).toInstant();
      Instant start = open.isAfter(from) ? open : from;
      Instant end = close.isBefore(to) ? close : to;
      if (end.isAfter(start)) {
        total = total.plus(Duration.between(start, end));
      }
    }
    return total;
  }

  private static Set<LocalDate> holidays() {
    Set<LocalDate> holidays = new HashSet<>();
    Random random = new Random(3);
    for (int i = 0; i < 30; i++) {
      holidays.add(LocalDate.of(2026, 1, 1).plusDays(random.nextInt(900)));
    }
    return holidays;
  }
}
