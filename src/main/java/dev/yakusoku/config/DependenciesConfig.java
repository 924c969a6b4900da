package dev.yakusoku.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How waits on someone are judged. See application.properties. */
@ConfigMapping(prefix = "yakusoku.dependencies")
public interface DependenciesConfig {
  /** ISO-8601; a day duration counts business days. */
  @WithDefault("P2D")
  String defaultFollowUp();
}
