package dev.yakusoku.notifications;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Delivering notifications to receivers; see application.properties. */
@ConfigMapping(prefix = "yakusoku.notifications")
public interface NotificationsConfig {
  /**
   * The manager page as a manager's browser reaches it; messages link to an alert there as {@code
   * <page-url>?alert=<id>}.
   */
  @WithDefault("http://localhost:8080/")
  String pageUrl();

  /** PagerDuty's Events API v2; a pagerduty receiver with a {@code url} of its own posts there. */
  @WithDefault("https://events.pagerduty.com/v2/enqueue")
  String pagerdutyUrl();

  /** Events posted to PagerDuty per routing key and minute, below its limit of 120. */
  @WithDefault("120")
  int pagerdutyEventsPerMinute();

  /** How long a message's acknowledge link acts before it expires. */
  @WithDefault("PT24H")
  Duration acknowledgeLinkValidFor();

  /** How often undelivered notifications are looked for (read by the scheduler). */
  @WithDefault("1s")
  String deliverEvery();

  /**
   * How often the daily digests are looked for: a receiver's digest of a team is written at the
   * first pass in the team's business hours of a business day (read by the scheduler).
   */
  @WithDefault("1m")
  String digestEvery();

  /** Alerts a digest lists under each heading; its counts count them all. */
  @WithDefault("50")
  int digestMostAlerts();

  /** Notifications one pass delivers. */
  @WithDefault("100")
  int batchSize();

  /** How long one delivery may take before it counts as failed. */
  @WithDefault("PT10S")
  Duration timeout();

  /** Rest after a failed attempt, doubled after each further failure up to {@code retry-max}. */
  @WithDefault("PT5S")
  Duration retryMin();

  @WithDefault("PT10M")
  Duration retryMax();

  /**
   * How long a pass holds a notification it is delivering before another pass may try it (a pass
   * that died, with its replica, mid-delivery).
   */
  @WithDefault("PT1M")
  Duration lease();

  /**
   * Receivers kept in configuration, by id, as {@code PUT /api/v1/receivers/{id}} takes them: put
   * in place at every start (and removed once gone from it), answered by {@code GET} like any
   * other, and changed only here, never over the API. Secrets come best from the environment.
   */
  Map<String, ConfiguredReceiver> receivers();

  /** One receiver of the configuration; the fields of contract section 7. */
  interface ConfiguredReceiver {
    String kind();

    List<String> teams();

    @WithDefault("critical,warning")
    List<String> severities();

    Optional<List<String>> types();

    Optional<String> url();

    Optional<List<String>> to();

    Optional<String> routingKey();

    Optional<String> secret();

    @WithDefault("false")
    boolean workingHoursOnly();

    @WithDefault("false")
    boolean digest();
  }
}
