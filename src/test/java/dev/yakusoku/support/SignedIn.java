package dev.yakusoku.support;

import static io.restassured.RestAssured.given;

import dev.yakusoku.security.DevelopmentCredentialsCheck;
import io.restassured.specification.RequestSpecification;

/**
 * Requests made as one of the development users, over real HTTP Basic, or as the development
 * machine client with its API key.
 */
public final class SignedIn {
  public static final String INGEST = "ingest";
  public static final String ADMIN = "admin";
  public static final String AUTHOR = "author";

  /** 佐藤 いくみ, manager of t-ops in the story. */
  public static final String IKUMI = "s-ikumi";

  /** 佐藤 健一, manager of t-sales and t-front. */
  public static final String SATO_K = "s-sato-k";

  /** The development machine client, signed in with its API key; role ingest. */
  public static final String KEY_CLIENT = "dev-ingest-client";

  private SignedIn() {}

  public static RequestSpecification as(String user) {
    if (KEY_CLIENT.equals(user)) {
      return withKey(DevelopmentCredentialsCheck.DEVELOPMENT_API_KEY);
    }
    return given()
        .auth()
        .preemptive()
        .basic(user, DevelopmentCredentialsCheck.DEVELOPMENT_PASSWORD);
  }

  /** A request that brings {@code key} as a bearer token. */
  public static RequestSpecification withKey(String key) {
    return given().header("Authorization", "Bearer " + key);
  }

  /** Posts the page's sign-in form as {@code user} with {@code password}. */
  public static io.restassured.response.Response throughTheForm(String user, String password) {
    return given()
        .contentType("application/x-www-form-urlencoded")
        .formParam("j_username", user)
        .formParam("j_password", password)
        .post("/j_security_check");
  }
}
