package dev.yakusoku.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The bounds of one backtest. See application.properties. */
@ConfigMapping(prefix = "yakusoku.backtest")
public interface BacktestConfig {
  /** The longest stretch of history one backtest may replay. */
  @WithDefault("P92D")
  Duration maxRange();

  /** The most events one backtest may replay; both engines hold the range's matters in memory. */
  @WithDefault("2000000")
  long maxEvents();

  /** Events read from the log at a time. */
  @WithDefault("5000")
  int pageSize();
}
