package dev.yakusoku.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.yakusoku.support.SignedIn;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * What the page's answers tell the browser: load only our own scripts, never be framed, send no
 * referrer, sniff no types; and the sign-in cookie stays out of scripts' reach.
 */
@QuarkusTest
class PageHeadersTest {
  @Test
  void thePageAndAnAcknowledgeLinkAreNeverFramedAndLoadOnlyTheirOwnScripts() {
    for (String path : new String[] {"/", "/index.html", "/feed.js", "/acknowledge/unknown"}) {
      given()
          .get(path)
          .then()
          .header("Content-Security-Policy", containsString("default-src 'self'"))
          .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
          .header("X-Frame-Options", equalTo("DENY"))
          .header("Referrer-Policy", equalTo("no-referrer"))
          .header("X-Content-Type-Options", equalTo("nosniff"));
    }
  }

  @Test
  void theApiAnswersSayNosniffAndCarryNoPagePolicy() {
    given()
        .get("/api/v1/session")
        .then()
        .header("X-Content-Type-Options", equalTo("nosniff"))
        .header("Content-Security-Policy", nullValue());
  }

  @Test
  void theSignInCookieIsHttpOnlyAndStrictlySameSite() {
    Response signedIn =
        SignedIn.throughTheForm(SignedIn.IKUMI, DevelopmentCredentialsCheck.DEVELOPMENT_PASSWORD);
    Cookie cookie = signedIn.getDetailedCookie("quarkus-credential");

    assertThat(cookie.getValue()).isNotBlank();
    assertThat(cookie.isHttpOnly()).isTrue();
    assertThat(cookie.getSameSite()).isEqualToIgnoringCase("Strict");
  }
}
