package dev.yakusoku.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.Set;

/**
 * Who may sign in besides configured users: development access and API keys. See
 * application.properties.
 */
@ConfigMapping(prefix = "yakusoku.security")
public interface SecurityConfig {
  /** Requests without credentials act as the developer with every role (development only). */
  @WithDefault("false")
  boolean openDevelopmentAccess();

  /** Machine clients' API keys by client name; none by default. */
  Map<String, ApiKey> apiKeys();

  /** One machine client's API key, known by its digest, and the roles it grants. */
  interface ApiKey {
    /** Hex of SHA-256 over the key, as {@code sha256sum} prints it. */
    String sha256();

    @WithDefault("ingest")
    Set<String> roles();
  }
}
