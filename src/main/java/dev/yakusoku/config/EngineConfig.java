package dev.yakusoku.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The live engines: their clock, replay and working memory. See application.properties. */
@ConfigMapping(prefix = "yakusoku.engine")
public interface EngineConfig {
  /** How often the wall clock drives the live engine's pseudo clock (read by the scheduler). */
  @WithDefault("1s")
  String tick();

  /** Replay stored events of open matters when the service starts. */
  @WithDefault("true")
  boolean replayOnStart();

  /**
   * How long, in engine time, a call tied to no matter stays in working memory for rules to see; a
   * restart replays only calls of no matter this recent.
   */
  @WithDefault("P7D")
  Duration matterlessRetention();
}
