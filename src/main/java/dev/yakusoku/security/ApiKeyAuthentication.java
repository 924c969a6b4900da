package dev.yakusoku.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;

/**
 * Machine clients sign in with an API key, sent as {@code Authorization: Bearer <key>} or {@code
 * X-API-Key: <key>}. A request without one is left to HTTP Basic and the sign-in form; a key that
 * matches no client is refused with 401.
 */
@ApplicationScoped
public class ApiKeyAuthentication implements HttpAuthenticationMechanism {
  public static final String API_KEY_HEADER = "X-API-Key";
  private static final String BEARER = "bearer ";

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext context, IdentityProviderManager identityProviderManager) {
    return keyOf(context)
        .map(
            key ->
                identityProviderManager.authenticate(
                    HttpSecurityUtils.setRoutingContextAttribute(new ApiKeyRequest(key), context)))
        .orElseGet(() -> Uni.createFrom().nullItem());
  }

  /** Whether the request brings an API key, good or not. */
  public static boolean bringsKey(RoutingContext context) {
    return keyOf(context).isPresent();
  }

  private static Optional<String> keyOf(RoutingContext context) {
    String header = context.request().getHeader(API_KEY_HEADER);
    if (header != null && !header.isBlank()) {
      return Optional.of(header.strip());
    }
    String authorization = context.request().getHeader("Authorization");
    if (authorization != null
        && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
        && authorization.length() > BEARER.length()) {
      return Optional.of(authorization.substring(BEARER.length()).strip());
    }
    return Optional.empty();
  }

  /** No challenge of its own: HTTP Basic and the form say how to sign in. */
  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return Uni.createFrom().nullItem();
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of(ApiKeyRequest.class);
  }
}
