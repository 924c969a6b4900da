package dev.yakusoku.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.yakusoku.support.SignedIn;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Signing the page out: the service tells the browser to drop the form sign-in's cookie. */
@QuarkusTest
class SignOutTest {
  private static final String COOKIE = "quarkus-credential";

  @Test
  void signingOutExpiresTheSignInCookieOnThePathItWasSetFor() {
    Response signedIn =
        SignedIn.throughTheForm(SignedIn.IKUMI, DevelopmentCredentialsCheck.DEVELOPMENT_PASSWORD);
    String credential = signedIn.getCookie(COOKIE);
    assertThat(credential).as("the sign-in cookie").isNotBlank();
    given()
        .cookie(COOKIE, credential)
        .get("/api/v1/session")
        .then()
        .body("user", equalTo(SignedIn.IKUMI));

    Response signedOut = given().cookie(COOKIE, credential).post("/api/v1/session/sign-out");

    assertThat(signedOut.statusCode()).isEqualTo(204);
    Cookie expired = signedOut.getDetailedCookie(COOKIE);
    assertThat(expired.getValue()).isEmpty();
    assertThat(expired.getMaxAge()).isZero();
    assertThat(expired.getPath()).isEqualTo("/");
  }

  @Test
  void signingOutWithoutBeingSignedInIsHarmless() {
    given().post("/api/v1/session/sign-out").then().statusCode(204);
    given().get("/api/v1/session").then().body("user", nullValue());
  }
}
