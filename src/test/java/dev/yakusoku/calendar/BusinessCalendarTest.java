package dev.yakusoku.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessCalendarTest {

  private static final ZoneId TOKYO_ZONE = ZoneId.of("Asia/Tokyo");
  private static final ZoneId NEW_YORK_ZONE = ZoneId.of("America/New_York");
  private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(MONDAY, FRIDAY);
  private static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);
  private static final LocalTime NINE = LocalTime.of(9, 0);
  private static final LocalTime SIX_PM = LocalTime.of(18, 0);
  private static final LocalDate LABOR_THANKSGIVING_DAY = LocalDate.of(2026, 11, 23);

  private static final BusinessCalendar TOKYO = BusinessCalendar.standard();
  private static final BusinessCalendar TOKYO_WITH_HOLIDAY =
      new BusinessCalendar(TOKYO_ZONE, WEEKDAYS, NINE, SIX_PM, Set.of(LABOR_THANKSGIVING_DAY));
  private static final BusinessCalendar NEW_YORK =
      new BusinessCalendar(NEW_YORK_ZONE, WEEKDAYS, NINE, SIX_PM, Set.of());
  private static final BusinessCalendar NEW_YORK_EVERY_DAY =
      new BusinessCalendar(NEW_YORK_ZONE, EVERY_DAY, NINE, SIX_PM, Set.of());
  private static final BusinessCalendar NEW_YORK_NIGHT_SHIFT =
      new BusinessCalendar(
          NEW_YORK_ZONE, EVERY_DAY, LocalTime.MIDNIGHT, LocalTime.of(6, 0), Set.of());

  private static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  @Test
  void standardIsWeekdaysNineToSixInTokyoWithoutHolidays() {
    assertThat(TOKYO.zone()).isEqualTo(TOKYO_ZONE);
    assertThat(TOKYO)
        .isEqualTo(new BusinessCalendar(TOKYO_ZONE, WEEKDAYS, NINE, SIX_PM, Set.of()))
        .hasSameHashCodeAs(new BusinessCalendar(TOKYO_ZONE, WEEKDAYS, NINE, SIX_PM, Set.of()));
    assertThat(TOKYO.isBusinessDay(LABOR_THANKSGIVING_DAY)).isTrue();
  }

  @Test
  void isBusinessDayExcludesWeekendsAndHolidays() {
    assertThat(TOKYO_WITH_HOLIDAY.isBusinessDay(LocalDate.of(2026, 11, 20))).isTrue();
    assertThat(TOKYO_WITH_HOLIDAY.isBusinessDay(LocalDate.of(2026, 11, 21))).isFalse();
    assertThat(TOKYO_WITH_HOLIDAY.isBusinessDay(LocalDate.of(2026, 11, 22))).isFalse();
    assertThat(TOKYO_WITH_HOLIDAY.isBusinessDay(LABOR_THANKSGIVING_DAY)).isFalse();
    assertThat(TOKYO_WITH_HOLIDAY.isBusinessDay(LocalDate.of(2026, 11, 24))).isTrue();
  }

  @Test
  void isBusinessTimeIncludesOpeningAndExcludesClosing() {
    assertThat(TOKYO.isBusinessTime(at("2026-11-26T08:59:59+09:00"))).isFalse();
    assertThat(TOKYO.isBusinessTime(at("2026-11-26T09:00+09:00"))).isTrue();
    assertThat(TOKYO.isBusinessTime(at("2026-11-26T17:59:59+09:00"))).isTrue();
    assertThat(TOKYO.isBusinessTime(at("2026-11-26T18:00+09:00"))).isFalse();
  }

  @Test
  void isBusinessTimeIsFalseAllDayOnWeekendsAndHolidays() {
    assertThat(TOKYO.isBusinessTime(at("2026-11-28T12:00+09:00"))).isFalse();
    assertThat(TOKYO_WITH_HOLIDAY.isBusinessTime(at("2026-11-23T12:00+09:00"))).isFalse();
  }

  @Test
  void isBusinessTimeUsesTheCalendarZoneNotUtc() {
    // 01:00Z Thursday is 10:00 in Tokyo; 16:00Z Friday is already Saturday 01:00 there.
    assertThat(TOKYO.isBusinessTime(at("2026-11-26T01:00Z"))).isTrue();
    assertThat(TOKYO.isBusinessTime(at("2026-11-27T16:00Z"))).isFalse();
    assertThat(TOKYO.endOfDay(at("2026-11-27T16:00Z"))).isEqualTo(at("2026-11-30T18:00+09:00"));
  }

  @Test
  void endOfDayDuringHoursIsThatDaysClose() {
    assertThat(TOKYO.endOfDay(at("2026-11-26T10:03+09:00")))
        .isEqualTo(at("2026-11-26T18:00+09:00"));
  }

  @Test
  void endOfDayBeforeOpeningIsThatSameDaysClose() {
    assertThat(TOKYO.endOfDay(at("2026-11-26T07:00+09:00")))
        .isEqualTo(at("2026-11-26T18:00+09:00"));
  }

  @Test
  void endOfDayAfterHoursLandsOnNextBusinessDaysClose() {
    assertThat(TOKYO.endOfDay(at("2026-11-26T19:00+09:00")))
        .isEqualTo(at("2026-11-27T18:00+09:00"));
  }

  @Test
  void endOfDayMadeFridayEveningIsMondaysClose() {
    assertThat(TOKYO.endOfDay(at("2026-11-27T19:00+09:00")))
        .isEqualTo(at("2026-11-30T18:00+09:00"));
  }

  @Test
  void endOfDayMadeExactlyAtClosingMovesToNextBusinessDay() {
    assertThat(TOKYO.endOfDay(at("2026-11-26T18:00+09:00")))
        .isEqualTo(at("2026-11-27T18:00+09:00"));
  }

  @Test
  void endOfDayOnWeekendIsMondaysClose() {
    assertThat(TOKYO.endOfDay(at("2026-11-28T12:00+09:00")))
        .isEqualTo(at("2026-11-30T18:00+09:00"));
  }

  @Test
  void endOfDaySkipsHolidays() {
    assertThat(TOKYO_WITH_HOLIDAY.endOfDay(at("2026-11-20T19:00+09:00")))
        .isEqualTo(at("2026-11-24T18:00+09:00"));
    assertThat(TOKYO_WITH_HOLIDAY.endOfDay(at("2026-11-23T10:00+09:00")))
        .isEqualTo(at("2026-11-24T18:00+09:00"));
  }

  @Test
  void endOfNextBusinessDayFromThursdayMorningIsFridaysClose() {
    assertThat(TOKYO.endOfNextBusinessDay(at("2026-11-26T10:03+09:00")))
        .isEqualTo(at("2026-11-27T18:00+09:00"));
  }

  @Test
  void endOfNextBusinessDayFromFridayEveningIsTuesdaysClose() {
    assertThat(TOKYO.endOfNextBusinessDay(at("2026-11-27T19:00+09:00")))
        .isEqualTo(at("2026-12-01T18:00+09:00"));
  }

  @Test
  void endOfNextBusinessDaySkipsWeekendAndHoliday() {
    assertThat(TOKYO_WITH_HOLIDAY.endOfNextBusinessDay(at("2026-11-20T10:00+09:00")))
        .isEqualTo(at("2026-11-24T18:00+09:00"));
    assertThat(TOKYO_WITH_HOLIDAY.endOfNextBusinessDay(at("2026-11-21T10:00+09:00")))
        .isEqualTo(at("2026-11-25T18:00+09:00"));
  }

  @Test
  void plusTwoDaysFromThursdayLandsOnMondayAtTheSameClockTime() {
    assertThat(TOKYO.plus(at("2026-11-26T11:10+09:00"), "P2D"))
        .isEqualTo(at("2026-11-30T11:10+09:00"));
    assertThat(TOKYO.plusBusinessDays(at("2026-11-26T11:10+09:00"), 2))
        .isEqualTo(at("2026-11-30T11:10+09:00"));
  }

  @Test
  void plusDaysSkipsHolidays() {
    assertThat(TOKYO_WITH_HOLIDAY.plus(at("2026-11-20T10:00+09:00"), "P1D"))
        .isEqualTo(at("2026-11-24T10:00+09:00"));
    assertThat(TOKYO_WITH_HOLIDAY.plus(at("2026-11-19T10:00+09:00"), "P3D"))
        .isEqualTo(at("2026-11-25T10:00+09:00"));
  }

  @Test
  void plusDaysFromNonBusinessDayCountsTheFirstBusinessDayAfterItAsDayOne() {
    assertThat(TOKYO.plus(at("2026-11-28T10:00+09:00"), "P1D"))
        .isEqualTo(at("2026-11-30T10:00+09:00"));
    assertThat(TOKYO.plus(at("2026-11-29T10:00+09:00"), "P2D"))
        .isEqualTo(at("2026-12-01T10:00+09:00"));
    assertThat(TOKYO_WITH_HOLIDAY.plus(at("2026-11-23T10:00+09:00"), "P1D"))
        .isEqualTo(at("2026-11-24T10:00+09:00"));
  }

  @Test
  void plusDaysKeepsTheWallTimeEvenOutsideOpeningHours() {
    assertThat(TOKYO.plus(at("2026-11-26T23:30+09:00"), "P1D"))
        .isEqualTo(at("2026-11-27T23:30+09:00"));
  }

  @Test
  void plusZeroReturnsTheStart() {
    Instant saturday = at("2026-11-28T10:00+09:00");
    assertThat(TOKYO.plus(saturday, "P0D")).isEqualTo(saturday);
    assertThat(TOKYO.plus(saturday, "PT0S")).isEqualTo(saturday);
    assertThat(TOKYO.plusBusinessDays(saturday, 0)).isEqualTo(saturday);
  }

  @Test
  void plusBusinessDaysRejectsNegativeDays() {
    assertThatThrownBy(() -> TOKYO.plusBusinessDays(at("2026-11-26T10:00+09:00"), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("days");
  }

  @Test
  void plusBusinessDaysMatchesDayByDayCountingAroundManyHolidays() {
    Set<LocalDate> holidays =
        new HashSet<>(Set.of(LABOR_THANKSGIVING_DAY, LocalDate.of(2027, 1, 11)));
    for (LocalDate d = LocalDate.of(2026, 12, 29); d.isBefore(LocalDate.of(2027, 1, 4)); ) {
      holidays.add(d);
      d = d.plusDays(1);
    }
    EnumSet<DayOfWeek> sixDays = EnumSet.complementOf(EnumSet.of(SUNDAY));
    for (Set<DayOfWeek> workDays : List.of(WEEKDAYS, sixDays, EnumSet.of(SATURDAY))) {
      BusinessCalendar calendar =
          new BusinessCalendar(TOKYO_ZONE, workDays, NINE, SIX_PM, holidays);
      for (LocalDate start = LocalDate.of(2026, 11, 1);
          start.isBefore(LocalDate.of(2026, 12, 31)); ) {
        LocalDate expected = start;
        for (int days = 0; days <= 40; days++) {
          Instant from = start.atTime(10, 0).atZone(TOKYO_ZONE).toInstant();
          assertThat(calendar.plusBusinessDays(from, days))
              .as("%s + %d business days on %s", start, days, workDays)
              .isEqualTo(expected.atTime(10, 0).atZone(TOKYO_ZONE).toInstant());
          do {
            expected = expected.plusDays(1);
          } while (!calendar.isBusinessDay(expected));
        }
        start = start.plusDays(1);
      }
    }
  }

  @Test
  void plusHugeDayCountFinishesQuicklyAndKeepsTheWallTime() {
    Instant from = at("2026-11-26T11:10+09:00");
    Instant result =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5), () -> TOKYO_WITH_HOLIDAY.plus(from, "P999999999D"));
    ZonedDateTime local = result.atZone(TOKYO_ZONE);
    assertThat(local.toLocalTime()).isEqualTo(LocalTime.of(11, 10));
    assertThat(TOKYO_WITH_HOLIDAY.isBusinessDay(local.toLocalDate())).isTrue();
  }

  @Test
  void plusThirtyMinutesIsElapsedTimeEvenAcrossClosingTime() {
    assertThat(TOKYO.plus(at("2026-11-26T17:50+09:00"), "PT30M"))
        .isEqualTo(at("2026-11-26T18:20+09:00"));
    assertThat(TOKYO.plus(at("2026-11-27T17:50+09:00"), "PT30M"))
        .isEqualTo(at("2026-11-27T18:20+09:00"));
  }

  @Test
  void plusTimeDurationsAddHoursMinutesAndFractionalSeconds() {
    Instant from = at("2026-11-28T03:00+09:00");
    assertThat(TOKYO.plus(from, "PT2H")).isEqualTo(from.plus(Duration.ofHours(2)));
    assertThat(TOKYO.plus(from, "PT1H30M")).isEqualTo(from.plus(Duration.ofMinutes(90)));
    assertThat(TOKYO.plus(from, "PT90M")).isEqualTo(from.plus(Duration.ofMinutes(90)));
    assertThat(TOKYO.plus(from, "PT1.5S")).isEqualTo(from.plusMillis(1500));
    assertThat(TOKYO.plus(from, "PT0,25S")).isEqualTo(from.plusMillis(250));
    assertThat(TOKYO.plus(from, "pt2h")).isEqualTo(from.plus(Duration.ofHours(2)));
  }

  @Test
  void plusDaysAndTimeAddsBusinessDaysThenElapsedTime() {
    assertThat(TOKYO.plus(at("2026-11-26T11:10+09:00"), "P1DT2H"))
        .isEqualTo(at("2026-11-27T13:10+09:00"));
    assertThat(TOKYO.plus(at("2026-11-27T17:00+09:00"), "P1DT2H"))
        .isEqualTo(at("2026-11-30T19:00+09:00"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "P",
        "PT",
        "P1DT",
        "2D",
        "P2",
        "PT5",
        "D2P",
        "P-1D",
        "-P1D",
        "+P1D",
        "PT-30M",
        "P1.5D",
        "PT1.5H",
        "PT2X",
        "PT1D",
        "P1H",
        "PT30M2H",
        " P1D",
        "P1D ",
        "P1234567890D",
        "thirty minutes"
      })
  void plusRejectsTextThatIsNotADaysAndTimeDuration(String text) {
    assertThatThrownBy(() -> TOKYO.plus(at("2026-11-26T10:00+09:00"), text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'")
        .hasMessageContaining("ISO-8601");
  }

  @ParameterizedTest
  @ValueSource(strings = {"P1W", "P2W1D", "P1M", "P1Y", "P1Y2M3D", "P1MT2H"})
  void plusRejectsWeeksMonthsAndYears(String text) {
    assertThatThrownBy(() -> TOKYO.plus(at("2026-11-26T10:00+09:00"), text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'")
        .hasMessageContaining("years, months or weeks");
  }

  @Test
  void plusRejectsNullText() {
    assertThatThrownBy(() -> TOKYO.plus(at("2026-11-26T10:00+09:00"), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("isoDuration");
  }

  @Test
  void businessTimeBetweenCountsOnlyOpenHoursAcrossAWeekend() {
    assertThat(
            TOKYO.businessTimeBetween(at("2026-11-27T17:00+09:00"), at("2026-11-30T10:00+09:00")))
        .isEqualTo(Duration.ofHours(2));
  }

  @Test
  void businessTimeBetweenWithinOneDayIsThePlainDifference() {
    assertThat(
            TOKYO.businessTimeBetween(at("2026-11-26T10:15+09:00"), at("2026-11-26T11:45+09:00")))
        .isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void businessTimeBetweenOverAWholeWeekIsFortyFiveHoursLessHolidays() {
    Instant monday = at("2026-11-23T00:00+09:00");
    Instant nextMonday = at("2026-11-30T00:00+09:00");
    assertThat(TOKYO.businessTimeBetween(monday, nextMonday)).isEqualTo(Duration.ofHours(45));
    assertThat(TOKYO_WITH_HOLIDAY.businessTimeBetween(monday, nextMonday))
        .isEqualTo(Duration.ofHours(36));
  }

  @Test
  void businessTimeBetweenIsZeroOutsideHoursAndWhenToIsNotAfterFrom() {
    Instant thursday = at("2026-11-26T10:00+09:00");
    assertThat(
            TOKYO.businessTimeBetween(at("2026-11-28T00:00+09:00"), at("2026-11-30T08:00+09:00")))
        .isZero();
    assertThat(TOKYO.businessTimeBetween(thursday, thursday)).isZero();
    assertThat(TOKYO.businessTimeBetween(thursday, thursday.minusSeconds(3600))).isZero();
  }

  @Test
  void plusBusinessTimeCarriesOverNightsToTheNextOpening() {
    assertThat(TOKYO.plusBusinessTime(at("2026-11-26T17:00+09:00"), Duration.ofHours(3)))
        .isEqualTo(at("2026-11-27T11:00+09:00"));
    assertThat(TOKYO.plusBusinessTime(at("2026-11-26T20:00+09:00"), Duration.ofHours(20)))
        .isEqualTo(at("2026-12-01T11:00+09:00"));
  }

  @Test
  void plusBusinessTimeCarriesOverWeekendsAndHolidays() {
    assertThat(TOKYO.plusBusinessTime(at("2026-11-27T17:30+09:00"), Duration.ofHours(1)))
        .isEqualTo(at("2026-11-30T09:30+09:00"));
    assertThat(
            TOKYO_WITH_HOLIDAY.plusBusinessTime(at("2026-11-20T17:00+09:00"), Duration.ofHours(2)))
        .isEqualTo(at("2026-11-24T10:00+09:00"));
  }

  @Test
  void plusBusinessTimeFromOutsideHoursStartsCountingAtTheNextOpening() {
    assertThat(TOKYO.plusBusinessTime(at("2026-11-28T12:00+09:00"), Duration.ofMinutes(30)))
        .isEqualTo(at("2026-11-30T09:30+09:00"));
    assertThat(TOKYO.plusBusinessTime(at("2026-11-26T07:00+09:00"), Duration.ofHours(1)))
        .isEqualTo(at("2026-11-26T10:00+09:00"));
  }

  @Test
  void plusBusinessTimeEndingExactlyAtClosingStaysOnThatDay() {
    assertThat(TOKYO.plusBusinessTime(at("2026-11-26T09:00+09:00"), Duration.ofHours(9)))
        .isEqualTo(at("2026-11-26T18:00+09:00"));
  }

  @Test
  void plusBusinessTimeOfZeroReturnsTheStartAndNegativeIsRejected() {
    Instant saturday = at("2026-11-28T12:00+09:00");
    assertThat(TOKYO.plusBusinessTime(saturday, Duration.ZERO)).isEqualTo(saturday);
    assertThatThrownBy(() -> TOKYO.plusBusinessTime(saturday, Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount");
  }

  @Test
  void plusBusinessTimeIsTheInverseOfBusinessTimeBetween() {
    for (String start :
        List.of("2026-11-20T16:45+09:00", "2026-11-21T03:00+09:00", "2026-11-26T09:00+09:00")) {
      Instant from = at(start);
      for (long minutes = 1; minutes <= 60 * 40; minutes += 37) {
        Duration amount = Duration.ofMinutes(minutes);
        Instant end = TOKYO_WITH_HOLIDAY.plusBusinessTime(from, amount);
        assertThat(TOKYO_WITH_HOLIDAY.businessTimeBetween(from, end))
            .as("%s + %s", start, amount)
            .isEqualTo(amount);
      }
    }
  }

  @Test
  void newYorkPlusOneDayAcrossSpringForwardKeepsTheLocalClockTime() {
    Instant friday = at("2026-03-06T02:30-05:00");
    Instant monday = NEW_YORK.plus(friday, "P1D");
    assertThat(monday).isEqualTo(at("2026-03-09T02:30-04:00"));
    assertThat(monday.atZone(NEW_YORK_ZONE).toLocalDateTime())
        .isEqualTo(LocalDateTime.of(2026, 3, 9, 2, 30));
    assertThat(Duration.between(friday, monday)).isEqualTo(Duration.ofHours(71));
  }

  @Test
  void newYorkPlusOneDayAcrossFallBackKeepsTheLocalClockTime() {
    assertThat(NEW_YORK.plus(at("2026-10-30T10:00-04:00"), "P1D"))
        .isEqualTo(at("2026-11-02T10:00-05:00"));
  }

  @Test
  void newYorkEndOfDayAcrossSpringForwardIsMondaysLocalClose() {
    assertThat(NEW_YORK.endOfDay(at("2026-03-06T19:00-05:00")))
        .isEqualTo(at("2026-03-09T18:00-04:00"));
    assertThat(NEW_YORK.endOfNextBusinessDay(at("2026-03-06T10:00-05:00")))
        .isEqualTo(at("2026-03-09T18:00-04:00"));
  }

  @Test
  void newYorkBusinessTimeBetweenIsUnaffectedByTheDaylightSavingSwitches() {
    assertThat(
            NEW_YORK.businessTimeBetween(
                at("2026-03-06T08:00-05:00"), at("2026-03-09T20:00-04:00")))
        .isEqualTo(Duration.ofHours(18));
    assertThat(
            NEW_YORK.businessTimeBetween(
                at("2026-03-09T09:00-04:00"), at("2026-03-09T12:00-04:00")))
        .isEqualTo(Duration.ofHours(3));
    assertThat(
            NEW_YORK.businessTimeBetween(
                at("2026-10-30T00:00-04:00"), at("2026-11-03T00:00-05:00")))
        .isEqualTo(Duration.ofHours(18));
  }

  @Test
  void newYorkPlusBusinessTimeAcrossSpringForwardWeekend() {
    assertThat(NEW_YORK.plusBusinessTime(at("2026-03-06T17:00-05:00"), Duration.ofHours(2)))
        .isEqualTo(at("2026-03-09T10:00-04:00"));
  }

  @Test
  void plusTwoHoursOverTheSpringForwardGapIsTwoRealHours() {
    Instant beforeGap = at("2026-03-08T01:30-05:00");
    Instant result = NEW_YORK.plus(beforeGap, "PT2H");
    assertThat(result).isEqualTo(at("2026-03-08T04:30-04:00"));
    assertThat(Duration.between(beforeGap, result)).isEqualTo(Duration.ofHours(2));
    assertThat(result.atZone(NEW_YORK_ZONE).toLocalTime()).isEqualTo(LocalTime.of(4, 30));
  }

  @Test
  void plusTwoHoursOverTheFallBackOverlapIsTwoRealHours() {
    assertThat(NEW_YORK.plus(at("2026-11-01T00:30-04:00"), "PT2H"))
        .isEqualTo(at("2026-11-01T01:30-05:00"));
  }

  @Test
  void plusDaysLandingInTheSpringForwardGapResolvesForward() {
    assertThat(NEW_YORK_EVERY_DAY.plus(at("2026-03-07T02:30-05:00"), "P1D"))
        .isEqualTo(at("2026-03-08T03:30-04:00"));
  }

  @Test
  void plusDaysLandingInTheFallBackOverlapTakesTheEarlierOffset() {
    assertThat(NEW_YORK_EVERY_DAY.plus(at("2026-10-31T01:30-04:00"), "P1D"))
        .isEqualTo(at("2026-11-01T01:30-04:00"));
  }

  @Test
  void openingHoursSpanningTheSwitchCountRealElapsedTime() {
    assertThat(
            NEW_YORK_NIGHT_SHIFT.businessTimeBetween(
                at("2026-03-08T00:00-05:00"), at("2026-03-09T00:00-04:00")))
        .isEqualTo(Duration.ofHours(5));
    assertThat(
            NEW_YORK_NIGHT_SHIFT.businessTimeBetween(
                at("2026-11-01T00:00-04:00"), at("2026-11-02T00:00-05:00")))
        .isEqualTo(Duration.ofHours(7));
    assertThat(
            NEW_YORK_NIGHT_SHIFT.plusBusinessTime(
                at("2026-03-08T00:00-05:00"), Duration.ofHours(5)))
        .isEqualTo(at("2026-03-08T06:00-04:00"));
    assertThat(NEW_YORK_NIGHT_SHIFT.isBusinessTime(at("2026-03-08T05:30-04:00"))).isTrue();
    assertThat(NEW_YORK_NIGHT_SHIFT.isBusinessTime(at("2026-03-08T06:00-04:00"))).isFalse();
  }

  @Test
  void constructorRejectsNullArgumentsByName() {
    assertThatThrownBy(() -> new BusinessCalendar(null, WEEKDAYS, NINE, SIX_PM, Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("zone must not be null");
    assertThatThrownBy(() -> new BusinessCalendar(TOKYO_ZONE, null, NINE, SIX_PM, Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("workDays must not be null");
    assertThatThrownBy(() -> new BusinessCalendar(TOKYO_ZONE, WEEKDAYS, null, SIX_PM, Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("opens must not be null");
    assertThatThrownBy(() -> new BusinessCalendar(TOKYO_ZONE, WEEKDAYS, NINE, null, Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("closes must not be null");
    assertThatThrownBy(() -> new BusinessCalendar(TOKYO_ZONE, WEEKDAYS, NINE, SIX_PM, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("holidays must not be null");
  }

  @Test
  void constructorRejectsNullElements() {
    Set<DayOfWeek> days = new HashSet<>(WEEKDAYS);
    days.add(null);
    Set<LocalDate> holidays = new HashSet<>();
    holidays.add(null);
    assertThatThrownBy(() -> new BusinessCalendar(TOKYO_ZONE, days, NINE, SIX_PM, Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("workDays must not contain null");
    assertThatThrownBy(() -> new BusinessCalendar(TOKYO_ZONE, WEEKDAYS, NINE, SIX_PM, holidays))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("holidays must not contain null");
  }

  @Test
  void constructorRejectsEmptyWorkDays() {
    assertThatThrownBy(() -> new BusinessCalendar(TOKYO_ZONE, Set.of(), NINE, SIX_PM, Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("workDays must not be empty");
  }

  @Test
  void constructorRejectsClosingNotAfterOpening() {
    assertThatThrownBy(() -> new BusinessCalendar(TOKYO_ZONE, WEEKDAYS, NINE, NINE, Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("closes")
        .hasMessageContaining("opens");
    assertThatThrownBy(() -> new BusinessCalendar(TOKYO_ZONE, WEEKDAYS, SIX_PM, NINE, Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("closes (09:00) must be after opens (18:00)");
  }

  @Test
  void laterChangesToTheArgumentSetsDoNotAffectTheCalendar() {
    Set<DayOfWeek> days = new HashSet<>(WEEKDAYS);
    Set<LocalDate> holidays = new HashSet<>(Set.of(LABOR_THANKSGIVING_DAY));
    BusinessCalendar calendar = new BusinessCalendar(TOKYO_ZONE, days, NINE, SIX_PM, holidays);
    days.add(SATURDAY);
    holidays.clear();
    assertThat(calendar.isBusinessDay(LocalDate.of(2026, 11, 28))).isFalse();
    assertThat(calendar.isBusinessDay(LABOR_THANKSGIVING_DAY)).isFalse();
    assertThat(calendar).isEqualTo(TOKYO_WITH_HOLIDAY);
  }

  @Test
  void toStringShowsZoneHoursAndHolidays() {
    assertThat(TOKYO_WITH_HOLIDAY.toString())
        .contains("Asia/Tokyo", "09:00-18:00", "MONDAY", "2026-11-23");
  }

  @Test
  void theNextBusinessTimeIsTheMomentItselfInHoursAndTheNextOpeningOutsideThem() {
    Instant thursdayMorning = Instant.parse("2026-11-26T01:00:00Z"); // 10:00 in Tokyo
    Instant thursdayNight = Instant.parse("2026-11-26T12:00:00Z"); // 21:00
    Instant fridayDawn = Instant.parse("2026-11-26T20:00:00Z"); // Fri 05:00
    Instant saturday = Instant.parse("2026-11-28T03:00:00Z");

    assertThat(TOKYO.nextBusinessTime(thursdayMorning)).isEqualTo(thursdayMorning);
    assertThat(TOKYO.nextBusinessTime(thursdayNight))
        .isEqualTo(Instant.parse("2026-11-27T00:00:00Z"));
    assertThat(TOKYO.nextBusinessTime(fridayDawn)).isEqualTo(Instant.parse("2026-11-27T00:00:00Z"));
    assertThat(TOKYO.nextBusinessTime(saturday)).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
  }

  @Test
  void inAnotherZoneTheSameHoursAreThatZonesWallTime() {
    BusinessCalendar newYork = TOKYO.inZone(NEW_YORK_ZONE);

    // Thursday 21:00 in Tokyo is Thursday 07:00 in New York, two hours before it opens
    assertThat(newYork.nextBusinessTime(Instant.parse("2026-11-26T12:00:00Z")))
        .isEqualTo(Instant.parse("2026-11-26T14:00:00Z"));
    assertThat(newYork.zone()).isEqualTo(NEW_YORK_ZONE);
    assertThat(TOKYO.inZone(TOKYO_ZONE)).isSameAs(TOKYO);
  }
}
