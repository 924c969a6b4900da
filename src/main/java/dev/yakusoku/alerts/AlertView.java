package dev.yakusoku.alerts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An alert as clients read it (contract section 2), times in its team's zone, which {@code
 * teamZone} names (the calendar's for a team without one); {@code verdict} is always shown, null
 * until a manager gives one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlertView(
    String id,
    String type,
    String severity,
    String matterId,
    String team,
    String manager,
    String summary,
    String dedupKey,
    int occurrences,
    String firstRaisedAt,
    String lastRaisedAt,
    String state,
    List<String> evidence,
    List<String> notes,
    String rule,
    String ruleSet,
    String acknowledgedBy,
    String resolvedBy,
    String resolvedAt,
    String resolution,
    String snoozedUntil,
    String snoozedBy,
    String escalatedFrom,
    String escalatedAt,
    String escalationTeam,
    String teamZone,
    @JsonInclude(JsonInclude.Include.ALWAYS) String verdict) {

  /** The alert with its times in {@code zone}, its team's. */
  public static AlertView of(Alert a, ZoneId zone) {
    return new AlertView(
        a.id,
        a.type,
        a.severity,
        a.matterId,
        a.team,
        a.manager,
        a.summary,
        a.dedupKey,
        a.occurrences,
        format(a.firstRaisedAt, zone),
        format(a.lastRaisedAt, zone),
        a.state,
        List.copyOf(a.evidence),
        List.copyOf(a.notes),
        a.rule,
        a.ruleSet,
        a.acknowledgedBy,
        a.resolvedBy,
        format(a.resolvedAt, zone),
        a.resolution,
        format(a.snoozedUntil, zone),
        a.snoozedBy,
        a.escalatedFrom,
        format(a.escalatedAt, zone),
        a.escalationTeam,
        zone.getId(),
        a.verdict);
  }

  static String format(Instant instant, ZoneId zone) {
    return instant == null
        ? null
        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
  }
}
