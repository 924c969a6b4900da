package dev.yakusoku.engine;

import dev.yakusoku.calendar.BusinessCalendar;
import dev.yakusoku.config.YakusokuConfig;
import dev.yakusoku.directory.CallerResolver;
import dev.yakusoku.directory.PhoneNumbers;
import dev.yakusoku.facts.EngineSettings;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;

/** Builds the engine's shared parts from configuration. */
public class EngineProducer {

  @Produces
  @Singleton
  BusinessCalendar calendar(YakusokuConfig config) {
    return calendarOf(config);
  }

  /** The business calendar the configuration describes. */
  public static BusinessCalendar calendarOf(YakusokuConfig config) {
    YakusokuConfig.Calendar c = config.calendar();
    return new BusinessCalendar(
        c.zone(),
        c.workDays(),
        c.opens(),
        c.closes(),
        new HashSet<>(c.holidays().orElse(List.of())));
  }

  @Produces
  @Singleton
  PhoneNumbers phoneNumbers(YakusokuConfig config) {
    return new PhoneNumbers(config.directory().phoneRegion());
  }

  @Produces
  @Singleton
  EngineContext engineContext(
      BusinessCalendar calendar, PhoneNumbers phones, YakusokuConfig config) {
    return contextOf(config, calendar, phones);
  }

  /** What every engine shares, as the configuration describes it. */
  public static EngineContext contextOf(
      YakusokuConfig config, BusinessCalendar calendar, PhoneNumbers phones) {
    EngineSettings settings =
        new EngineSettings(
            config.promises().callbackWindow(),
            config.promises().atRiskShare(),
            config.dependencies().defaultFollowUp());
    return new EngineContext(
        calendar, settings, new CallerResolver(phones), config.engine().matterlessRetention());
  }

  /**
   * The wall clock: it drives the live engine and stamps people's acts and when alerts are stored.
   */
  @Produces
  @Singleton
  Clock wallClock() {
    return Clock.systemUTC();
  }
}
