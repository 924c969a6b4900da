package dev.yakusoku.security;

import dev.yakusoku.config.SecurityConfig;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Holds off a client address that keeps failing to sign in: a request bringing credentials (HTTP
 * Basic, an API key, the sign-in form) that is answered 401 counts as a failure, and once an
 * address has failed {@code yakusoku.security.failed-sign-ins-per-window} times in the window,
 * every request from it is answered 429 with {@code Retry-After} before its credentials are even
 * looked at. Behind a proxy, the address is the client's only with {@code quarkus.http.proxy.*}
 * forwarding on.
 */
@ApplicationScoped
public class SignInThrottle {
  /** Runs before the authentication of every request. */
  private static final int PRIORITY = 5000;

  private final FailedSignIns failures;
  private final Clock wallClock;

  public SignInThrottle(SecurityConfig config, Clock wallClock) {
    this.failures = new FailedSignIns(config.failedSignInsPerWindow(), config.failedSignInWindow());
    this.wallClock = wallClock;
  }

  void register(@Observes Filters filters) {
    filters.register(this::filter, PRIORITY);
  }

  private void filter(RoutingContext context) {
    HttpServerRequest request = context.request();
    String address =
        request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    Instant now = wallClock.instant();
    Optional<Instant> heldOff = failures.heldOffUntil(address, now);
    if (heldOff.isPresent()) {
      long seconds = Math.max(1, Duration.between(now, heldOff.get()).toSeconds() + 1);
      context
          .response()
          .setStatusCode(429)
          .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
          .putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
          .end(
              "{\"type\":\"/problems/too-many-failed-sign-ins\",\"title\":\"Too many failed"
                  + " sign-ins\",\"status\":429,\"detail\":\"this address failed to sign in too"
                  + " often; try again in "
                  + seconds
                  + " s\"}");
      return;
    }
    if (bringsCredentials(request)) {
      context.addHeadersEndHandler(
          v -> {
            if (context.response().getStatusCode() == 401) {
              failures.failed(address, wallClock.instant());
            }
          });
    }
    context.next();
  }

  private static boolean bringsCredentials(HttpServerRequest request) {
    return request.headers().contains(HttpHeaders.AUTHORIZATION)
        || request.headers().contains(ApiKeyAuthentication.API_KEY_HEADER)
        || (request.method() == HttpMethod.POST && request.path().endsWith("/j_security_check"));
  }
}
