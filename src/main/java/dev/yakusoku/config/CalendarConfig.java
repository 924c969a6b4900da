package dev.yakusoku.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The business calendar promises and working hours count in. See application.properties. */
@ConfigMapping(prefix = "yakusoku.calendar")
public interface CalendarConfig {
  @WithDefault("Asia/Tokyo")
  ZoneId zone();

  @WithDefault("MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY")
  Set<DayOfWeek> workDays();

  @WithDefault("09:00")
  LocalTime opens();

  @WithDefault("18:00")
  LocalTime closes();

  Optional<List<LocalDate>> holidays();
}
