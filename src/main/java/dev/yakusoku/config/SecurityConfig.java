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

  /**
   * Failed sign-ins (a password, a form or an API key answered 401) one client address may make in
   * {@code failed-sign-in-window} before every request from it is answered 429 until the window has
   * passed; 0 for no limit.
   */
  @WithDefault("10")
  int failedSignInsPerWindow();

  @WithDefault("PT1M")
  java.time.Duration failedSignInWindow();

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
