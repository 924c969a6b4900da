package dev.yakusoku.alerts;

import java.time.ZoneId;

/** The zone a team's alerts are shown in; the directory knows it, the alerts only ask. */
public interface TeamZones {
  /** The team's own zone, or the business calendar's for a team without one (or no team). */
  ZoneId zoneOf(String team);
}
