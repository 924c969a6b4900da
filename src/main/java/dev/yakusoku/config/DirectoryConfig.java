package dev.yakusoku.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Reading the directory: phone numbers and how often it is read again. See application.properties.
 */
@ConfigMapping(prefix = "yakusoku.directory")
public interface DirectoryConfig {
  /** Region for phone numbers written without a country code. */
  @WithDefault("JP")
  String phoneRegion();

  /**
   * How often each replica's engines re-read the stored directory ("off" never; read by the
   * scheduler). Clustered, a change put through another replica reaches them this late.
   */
  @WithDefault("off")
  String refreshEvery();
}
