package dev.yakusoku.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The store: how hard a commit is pushed to disk. See application.properties. */
@ConfigMapping(prefix = "yakusoku.store")
public interface StoreConfig {
  /**
   * Force the embedded H2 file to disk after each commit that answers a client, so it survives a
   * power loss too; a commit survives a crash of the process either way. No effect on PostgreSQL.
   */
  @WithDefault("true")
  boolean syncToDisk();
}
