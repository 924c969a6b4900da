package dev.yakusoku.engine;

import dev.yakusoku.calendar.BusinessCalendar;
import dev.yakusoku.config.CalendarConfig;
import dev.yakusoku.config.DependenciesConfig;
import dev.yakusoku.config.Deployment;
import dev.yakusoku.config.DirectoryConfig;
import dev.yakusoku.config.EngineConfig;
import dev.yakusoku.config.PromisesConfig;
import dev.yakusoku.directory.CallerResolver;
import dev.yakusoku.directory.PhoneNumbers;
import dev.yakusoku.facts.EngineSettings;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.arc.profile.UnlessBuildProfile;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;

/** Builds the engine's shared parts from configuration. */
public class EngineProducer {

  @Produces
  @Singleton
  BusinessCalendar calendar(CalendarConfig config) {
    return calendarOf(config);
  }

  /** The business calendar the configuration describes. */
  public static BusinessCalendar calendarOf(CalendarConfig c) {
    return new BusinessCalendar(
        c.zone(),
        c.workDays(),
        c.opens(),
        c.closes(),
        new HashSet<>(c.holidays().orElse(List.of())));
  }

  @Produces
  @Singleton
  PhoneNumbers phoneNumbers(DirectoryConfig config) {
    return new PhoneNumbers(config.phoneRegion());
  }

  @Produces
  @Singleton
  EngineContext engineContext(
      BusinessCalendar calendar,
      PhoneNumbers phones,
      PromisesConfig promises,
      DependenciesConfig dependencies,
      EngineConfig engine) {
    return contextOf(calendar, phones, promises, dependencies, engine);
  }

  /** What every engine shares, as the configuration describes it. */
  public static EngineContext contextOf(
      BusinessCalendar calendar,
      PhoneNumbers phones,
      PromisesConfig promises,
      DependenciesConfig dependencies,
      EngineConfig engine) {
    EngineSettings settings =
        new EngineSettings(
            promises.callbackWindow(), promises.atRiskShare(), dependencies.defaultFollowUp());
    return new EngineContext(
        calendar, settings, new CallerResolver(phones), engine.matterlessRetention());
  }

  /** The cluster profile, chosen when the application is built, makes the build clustered. */
  @Produces
  @Singleton
  @IfBuildProfile(Deployment.CLUSTER_PROFILE)
  Deployment clustered() {
    return Deployment.CLUSTERED;
  }

  @Produces
  @Singleton
  @UnlessBuildProfile(Deployment.CLUSTER_PROFILE)
  Deployment embedded() {
    return Deployment.EMBEDDED;
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
