package dev.yakusoku.notifications;

import dev.yakusoku.alerts.AlertAction;
import dev.yakusoku.alerts.AlertService;
import dev.yakusoku.alerts.AlertView;
import dev.yakusoku.persistence.Durable;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * Links a message carries to acknowledge its alert without signing in: a random token, stored only
 * as its SHA-256, that acts once, as the manager the message went to, until it expires. Opening it
 * shows what it would do; only posting it acts.
 */
@ApplicationScoped
public class AcknowledgeLinks {
  static final String PATH = "/acknowledge/";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final AlertService alerts;
  private final NotificationsConfig config;
  private final Clock wallClock;

  public AcknowledgeLinks(AlertService alerts, NotificationsConfig config, Clock wallClock) {
    this.alerts = alerts;
    this.config = config;
    this.wallClock = wallClock;
  }

  /** A new link that acknowledges {@code alert} as its manager; stored before it is answered. */
  public String create(AlertView alert) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = wallClock.instant();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              AcknowledgeLink link = new AcknowledgeLink();
              link.tokenSha256 = DigestUtils.sha256Hex(token);
              link.alertId = alert.id();
              link.manager = alert.manager();
              link.createdAt = now;
              link.expiresAt = now.plus(config.acknowledgeLinkValidFor());
              link.persist();
            });
    String page = config.pageUrl();
    return (page.endsWith("/") ? page.substring(0, page.length() - 1) : page) + PATH + token;
  }

  /** What the link would do, while it is good: the alert and whom it acts as. */
  @Transactional
  public Optional<Pending> pending(String token) {
    return link(token)
        .flatMap(
            l ->
                alerts
                    .get(l.alertId)
                    .map(a -> new Pending(a, l.manager, good(l), l.usedAt != null)));
  }

  /** Acknowledges as the link's manager if the link is good, and uses it up. */
  @Durable
  public Optional<Outcome> use(String token) {
    Optional<AcknowledgeLink> link = QuarkusTransaction.requiringNew().call(() -> link(token));
    if (link.isEmpty()) {
      return Optional.empty();
    }
    boolean used =
        QuarkusTransaction.requiringNew()
            .call(() -> AcknowledgeLink.use(link.get().tokenSha256, wallClock.instant()));
    if (!used) {
      return Optional.of(new Outcome(null, link.get().manager, false));
    }
    AlertAction action =
        new AlertAction(link.get().manager, "acknowledged from a notification's link", null);
    return Optional.of(
        new Outcome(
            alerts.acknowledge(link.get().alertId, action).orElse(null), link.get().manager, true));
  }

  private static Optional<AcknowledgeLink> link(String token) {
    return AcknowledgeLink.findByIdOptional(DigestUtils.sha256Hex(token));
  }

  private boolean good(AcknowledgeLink l) {
    return l.usedAt == null && l.expiresAt.isAfter(wallClock.instant());
  }

  /** An alert a link points at, whom it would act as, whether it still may, whether it was used. */
  public record Pending(AlertView alert, String manager, boolean good, boolean used) {}

  /** What using a link did: the alert as acknowledged, or nothing when it was used or expired. */
  public record Outcome(AlertView alert, String manager, boolean acted) {}
}
