package dev.yakusoku.security;

import dev.yakusoku.config.SecurityConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * The machine clients' API keys, known only by their SHA-256 digests ({@code
 * yakusoku.security.api-keys."<client>".sha256}), so the configuration never holds a usable key.
 */
@ApplicationScoped
public class ApiKeys {
  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

  /** A client a key belongs to, with its roles. */
  public record Client(String name, Set<String> roles) {}

  private final Map<String, SecurityConfig.ApiKey> keys;

  public ApiKeys(SecurityConfig config) {
    this.keys = new TreeMap<>(config.apiKeys());
    keys.forEach(
        (client, key) -> {
          if (!SHA256_HEX.matcher(key.sha256()).matches()) {
            throw new IllegalStateException(
                "yakusoku.security.api-keys.\""
                    + client
                    + "\".sha256 must be the 64 hex digits of a SHA-256 digest");
          }
        });
  }

  /** The client whose digest matches {@code key}; every digest is compared, in constant time. */
  public Optional<Client> clientOf(String key) {
    byte[] presented = DigestUtils.sha256(key);
    Client match = null;
    for (Map.Entry<String, SecurityConfig.ApiKey> e : keys.entrySet()) {
      if (MessageDigest.isEqual(presented, HexFormat.of().parseHex(e.getValue().sha256()))) {
        match = new Client(e.getKey(), Set.copyOf(e.getValue().roles()));
      }
    }
    return Optional.ofNullable(match);
  }

  /** The clients whose configured digest is that of {@code key}. */
  public Set<String> clientsWithKey(String key) {
    String hex = DigestUtils.sha256Hex(key);
    Set<String> clients = new TreeSet<>();
    keys.forEach(
        (client, k) -> {
          if (k.sha256().equalsIgnoreCase(hex)) {
            clients.add(client);
          }
        });
    return clients;
  }
}
