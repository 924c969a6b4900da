package dev.yakusoku.security;

import dev.yakusoku.config.Deployment;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses to start the packaged service while a user of the embedded identity store still has the
 * development password that README publishes, or a machine client the development API key, or,
 * clustered, while the database password is the cluster profile's published default.
 */
@ApplicationScoped
public class DevelopmentCredentialsCheck {
  /** The password of every development user (application.properties, %dev and %test). */
  public static final String DEVELOPMENT_PASSWORD = "yakusoku-dev";

  /** The API key of the development machine client (application.properties, %dev and %test). */
  public static final String DEVELOPMENT_API_KEY = "yakusoku-dev-api-key";

  private static final String USERS = "quarkus.security.users.embedded.users.";
  private static final String PLAIN_TEXT = "quarkus.security.users.embedded.plain-text";
  private static final String OPEN_ACCESS = "yakusoku.security.open-development-access";
  private static final String DATABASE_PASSWORD = "quarkus.datasource.password";

  /** The database password the {@code %cluster} profile ships with (application.properties). */
  public static final String CLUSTER_DEFAULT_DATABASE_PASSWORD = "yakusoku";

  void onStart(@Observes StartupEvent start, Config config, ApiKeys keys, Deployment deployment) {
    boolean plainText = config.getOptionalValue(PLAIN_TEXT, Boolean.class).orElse(false);
    refuseDevelopmentUsers(LaunchMode.current(), plainText, passwords(config));
    refuseDevelopmentApiKey(LaunchMode.current(), keys.clientsWithKey(DEVELOPMENT_API_KEY));
    refuseOpenAccess(
        LaunchMode.current(), config.getOptionalValue(OPEN_ACCESS, Boolean.class).orElse(false));
    refuseDefaultDatabasePassword(
        LaunchMode.current(),
        deployment,
        config.getOptionalValue(DATABASE_PASSWORD, String.class).orElse(null));
  }

  /**
   * Throws when a clustered production launch would sign in to PostgreSQL with the password the
   * {@code %cluster} profile ships with: a real database has a password of its own.
   */
  public static void refuseDefaultDatabasePassword(
      LaunchMode mode, Deployment deployment, String password) {
    if (mode == LaunchMode.NORMAL
        && deployment.clustered()
        && CLUSTER_DEFAULT_DATABASE_PASSWORD.equals(password)) {
      throw new IllegalStateException(
          "Refusing to start: "
              + DATABASE_PASSWORD
              + " is the published default of the cluster profile. Give the database a password"
              + " of its own (QUARKUS_DATASOURCE_PASSWORD, from a Secret: docs/operations.md).");
    }
  }

  /** Throws when a production launch would let requests without credentials in. */
  public static void refuseOpenAccess(LaunchMode mode, boolean open) {
    if (mode == LaunchMode.NORMAL && open) {
      throw new IllegalStateException(
          "Refusing to start: "
              + OPEN_ACCESS
              + "=true lets every request without credentials in; it is for the development"
              + " start only.");
    }
  }

  /** Throws when a production launch finds machine clients that hold the published key. */
  public static void refuseDevelopmentApiKey(LaunchMode mode, Set<String> clients) {
    if (mode == LaunchMode.NORMAL && !clients.isEmpty()) {
      throw new IllegalStateException(
          "Refusing to start: these API clients have the published development key: "
              + String.join(", ", new TreeSet<>(clients))
              + ". Mint a key of their own (docs/operations.md, \"Access control\").");
    }
  }

  /**
   * Throws when a production launch finds users whose password is the development one.
   *
   * @param passwords user name to configured password (a hash unless {@code plainText})
   */
  public static void refuseDevelopmentUsers(
      LaunchMode mode, boolean plainText, Map<String, String> passwords) {
    if (mode != LaunchMode.NORMAL || !plainText) {
      return;
    }
    List<String> users =
        new TreeMap<>(passwords)
            .entrySet().stream()
                .filter(e -> DEVELOPMENT_PASSWORD.equals(e.getValue()))
                .map(Map.Entry::getKey)
                .toList();
    if (!users.isEmpty()) {
      throw new IllegalStateException(
          "Refusing to start: these users have the published development password: "
              + String.join(", ", users)
              + ". Configure a real identity store for this profile (docs/operations.md,"
              + " \"Access control\").");
    }
  }

  private static Map<String, String> passwords(Config config) {
    Map<String, String> passwords = new TreeMap<>();
    for (String name : config.getPropertyNames()) {
      if (name.startsWith(USERS)) {
        config
            .getOptionalValue(name, String.class)
            .ifPresent(p -> passwords.put(unquote(name.substring(USERS.length())), p));
      }
    }
    return passwords;
  }

  private static String unquote(String user) {
    return user.startsWith("\"") && user.endsWith("\"") && user.length() > 1
        ? user.substring(1, user.length() - 1)
        : user;
  }
}
