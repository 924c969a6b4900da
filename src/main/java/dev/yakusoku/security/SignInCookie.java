package dev.yakusoku.security;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The cookie in which the form sign-in keeps the signed-in user ({@code
 * quarkus.http.auth.form.cookie-name}, encrypted, self-contained): whether a request brings it, and
 * signing out by having the browser drop it.
 */
@ApplicationScoped
public class SignInCookie {
  private final String name;
  private final String path;

  public SignInCookie(
      @ConfigProperty(
              name = "quarkus.http.auth.form.cookie-name",
              defaultValue = "quarkus-credential")
          String name,
      @ConfigProperty(name = "quarkus.http.auth.form.cookie-path", defaultValue = "/")
          String path) {
    this.name = name;
    this.path = path;
  }

  public boolean broughtBy(RoutingContext context) {
    return context.request().getCookie(name) != null;
  }

  /**
   * Answers the cookie expired, on the path it was set for, so the browser forgets the user. It is
   * replaced, not revoked: a copy taken before stays valid until its own timeout.
   */
  public void expire(RoutingContext context) {
    context
        .response()
        .addCookie(Cookie.cookie(name, "").setPath(path).setMaxAge(0).setHttpOnly(true));
  }
}
