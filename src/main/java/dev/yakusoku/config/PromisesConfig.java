package dev.yakusoku.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How promises are judged. See application.properties. */
@ConfigMapping(prefix = "yakusoku.promises")
public interface PromisesConfig {
  @WithDefault("PT30M")
  Duration callbackWindow();

  @WithDefault("0.75")
  double atRiskShare();
}
