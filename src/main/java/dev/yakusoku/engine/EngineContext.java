package dev.yakusoku.engine;

import dev.yakusoku.calendar.BusinessCalendar;
import dev.yakusoku.directory.CallerResolver;
import dev.yakusoku.facts.EngineSettings;
import java.time.Duration;

/**
 * What every engine shares whoever drives it: the calendar, the settings, identity resolution, and
 * how long, in engine time, what an event of no matter left stays in working memory (a call tied to
 * no matter), after which it leaves with its event forgotten.
 */
public record EngineContext(
    BusinessCalendar calendar,
    EngineSettings settings,
    CallerResolver resolver,
    Duration matterlessRetention) {
  /** How long a call of no matter stays in working memory unless configured otherwise. */
  public static final Duration DEFAULT_MATTERLESS_RETENTION = Duration.ofDays(7);

  public EngineContext(
      BusinessCalendar calendar, EngineSettings settings, CallerResolver resolver) {
    this(calendar, settings, resolver, DEFAULT_MATTERLESS_RETENTION);
  }
}
