package dev.yakusoku.security;

import dev.yakusoku.config.SecurityConfig;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * On the one-command development start only ({@code %dev}), a request that brings no credentials
 * acts as the development user {@code developer} with every role, so contract clients and a first
 * look at the page work without signing in. A request with credentials (HTTP Basic, an API key or
 * the page's sign-in cookie) is authenticated as usual. Off unless {@code
 * yakusoku.security.open-development-access=true}; a packaged service refuses to start with it on.
 */
@ApplicationScoped
public class OpenDevelopmentAccess implements HttpAuthenticationMechanism {
  public static final String DEVELOPER = "developer";
  private final boolean open;
  private final SignInCookie signInCookie;

  public OpenDevelopmentAccess(SecurityConfig config, SignInCookie signInCookie) {
    this.open = config.openDevelopmentAccess();
    this.signInCookie = signInCookie;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext context, IdentityProviderManager identityProviderManager) {
    boolean bringsCredentials =
        context.request().getHeader("Authorization") != null
            || ApiKeyAuthentication.bringsKey(context)
            || signInCookie.broughtBy(context);
    if (!open || bringsCredentials) {
      return Uni.createFrom().nullItem();
    }
    return Uni.createFrom()
        .item(
            QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(DEVELOPER))
                .addRoles(Set.of(Roles.INGEST, Roles.MANAGER, Roles.RULE_AUTHOR, Roles.ADMIN))
                .build());
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return Uni.createFrom().nullItem();
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of();
  }

  /** Tried after HTTP Basic and the sign-in form. */
  @Override
  public int getPriority() {
    return 0;
  }
}
