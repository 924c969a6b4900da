package dev.yakusoku.problems;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.yakusoku.backtest.BacktestRunningException;
import dev.yakusoku.backtest.BacktestRunningMapper;
import dev.yakusoku.rules.NoLiveRuleSetException;
import dev.yakusoku.rules.NoLiveRuleSetMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/** Every error is answered the same way: RFC 9457 problem JSON with its status. */
@QuarkusTest
@TestSecurity(
    user = "s-ikumi",
    roles = {"manager", "admin", "rule-author"})
class ErrorStyleTest {

  @Test
  void aMethodAnEndpointDoesNotTakeIsAProblemOfItsStatus() {
    given()
        .delete("/api/v1/alerts")
        .then()
        .statusCode(405)
        .contentType(Problem.MEDIA_TYPE)
        .body("status", equalTo(405))
        .body("type", equalTo("/problems/method-not-allowed"))
        .body("title", equalTo("Method Not Allowed"));
  }

  @Test
  void anUnknownPathIsANotFoundProblem() {
    given()
        .get("/api/v1/no-such-thing")
        .then()
        .statusCode(404)
        .contentType(Problem.MEDIA_TYPE)
        .body("type", equalTo("/problems/not-found"));
  }

  @Test
  void withoutALiveRuleSetWhatNeedsOneIsUnavailableAsAProblem() {
    Response answer = new NoLiveRuleSetMapper().noRuleSet(new NoLiveRuleSetException());
    assertThat(answer.getStatus()).isEqualTo(503);
    assertThat(answer.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
    assertThat((Problem) answer.getEntity())
        .extracting(Problem::type, Problem::status)
        .containsExactly("/problems/no-rule-set", 503);
  }

  @Test
  void aSecondBacktestWhileOneRunsIsAConflictNamingTheOneRunning() {
    Response answer = new BacktestRunningMapper().running(new BacktestRunningException("bt-7"));
    assertThat(answer.getStatus()).isEqualTo(409);
    assertThat(((Problem) answer.getEntity()).detail()).contains("bt-7");
  }
}
