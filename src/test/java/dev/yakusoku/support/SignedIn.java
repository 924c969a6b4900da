package dev.yakusoku.support;

import static io.restassured.RestAssured.given;

import dev.yakusoku.security.DevelopmentCredentialsCheck;
import io.restassured.specification.RequestSpecification;

/** Requests made as one of the development users, over real HTTP Basic. */
public final class SignedIn {
  public static final String INGEST = "ingest";
  public static final String ADMIN = "admin";
  public static final String AUTHOR = "author";

  /** 佐藤 いくみ, manager of t-ops in the story. */
  public static final String IKUMI = "s-ikumi";

  /** 佐藤 健一, manager of t-sales and t-front. */
  public static final String SATO_K = "s-sato-k";

  private SignedIn() {}

  public static RequestSpecification as(String user) {
    return given()
        .auth()
        .preemptive()
        .basic(user, DevelopmentCredentialsCheck.DEVELOPMENT_PASSWORD);
  }
}
