package dev.yakusoku.alerts;

import dev.yakusoku.calendar.BusinessCalendar;
import dev.yakusoku.directory.TeamRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.Optional;

/** Teams' zones read from the stored teams, the business calendar's zone where a team has none. */
@ApplicationScoped
public class DirectoryZones implements TeamZones {
  private final ZoneId calendarZone;

  public DirectoryZones(BusinessCalendar calendar) {
    this.calendarZone = calendar.zone();
  }

  @Override
  @Transactional
  public ZoneId zoneOf(String team) {
    return Optional.ofNullable(team)
        .flatMap(id -> TeamRecord.<TeamRecord>findByIdOptional(id))
        .map(t -> t.zone)
        .map(ZoneId::of)
        .orElse(calendarZone);
  }
}
