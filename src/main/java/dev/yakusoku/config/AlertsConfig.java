package dev.yakusoku.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The alert lifecycle: how long an alert may wait before it climbs the ladder. See
 * application.properties.
 */
@ConfigMapping(prefix = "yakusoku.alerts")
public interface AlertsConfig {
  EscalateAfter escalateAfter();

  /** How long an alert may stay open, unacknowledged, before it goes up the team ladder. */
  interface EscalateAfter {
    @WithDefault("PT30M")
    Duration critical();

    @WithDefault("PT4H")
    Duration warning();
  }
}
