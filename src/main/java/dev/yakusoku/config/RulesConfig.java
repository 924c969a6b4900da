package dev.yakusoku.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The rules folder and how it is watched. See application.properties. */
@ConfigMapping(prefix = "yakusoku.rules")
public interface RulesConfig {
  /** The folder of DRL files the live rule set is compiled from. */
  @WithDefault("rules")
  String path();

  /** How often the folder is checked for changes; {@code off} never. */
  @WithDefault("2s")
  String watchEvery();
}
