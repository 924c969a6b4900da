package dev.yakusoku.facts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Small helpers rules use to write summaries a manager reads. */
public final class Wording {
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private Wording() {}

  /** An instant as local date and time in a zone, e.g. {@code 2026-11-26 10:12}. */
  public static String at(Instant instant, ZoneId zone) {
    return instant == null ? "(unknown)" : LOCAL.format(instant.atZone(zone));
  }

  /** A possibly missing party id, for sentences. */
  public static String who(String partyId) {
    return partyId == null ? "someone" : partyId;
  }
}
