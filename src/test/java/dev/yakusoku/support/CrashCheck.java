package dev.yakusoku.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * What a service restarted after {@code kill -9} must show of the load it was under: every event it
 * answered 202 is stored (posting it again finds a duplicate), and once every event is in, every
 * matter holds the one duplicate escalation its events imply, raised once.
 */
public final class CrashCheck {
  private final Supplier<RequestSpecification> call;

  public CrashCheck(Supplier<RequestSpecification> call) {
    this.call = call;
  }

  /** What posting the load again found. */
  public record Recovery(
      int acknowledged, int lost, int unacknowledged, int unacknowledgedStored) {}

  /**
   * Posts every acknowledged event again (each must be a duplicate), then the rest (which may have
   * been stored or not), and answers the counts.
   */
  public Recovery postAgain(AcknowledgedLoad load) {
    int acknowledged = 0;
    int lost = 0;
    for (ArrayNode batch : load.batches(true)) {
      JsonPath answer = post(batch);
      acknowledged += batch.size();
      lost += answer.getInt("accepted");
    }
    int unacknowledged = 0;
    int stored = 0;
    for (ArrayNode batch : load.batches(false)) {
      JsonPath answer = post(batch);
      unacknowledged += batch.size();
      stored += answer.getInt("duplicates");
    }
    return new Recovery(acknowledged, lost, unacknowledged, stored);
  }

  private JsonPath post(ArrayNode batch) {
    return await("a batch answered 202")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                call.get()
                    .contentType(ContentType.JSON)
                    .body(batch.toString())
                    .post("/api/v1/events")
                    .then()
                    .extract(),
            answer -> answer.statusCode() == 202)
        .jsonPath();
  }

  /**
   * Waits until every matter of {@code loads} has its duplicate escalation, then asserts that each
   * has exactly one, raised once.
   */
  public void everyImpliedAlertRaisedOnce(List<AcknowledgedLoad> loads) {
    Set<String> matters = new TreeSet<>();
    loads.forEach(l -> matters.addAll(l.matters().keySet()));
    await("a duplicate escalation on each of " + matters.size() + " matters")
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> duplicatesByMatter(matters).keySet(), found -> found.equals(matters));
    Map<String, List<Integer>> byMatter = duplicatesByMatter(matters);
    byMatter.forEach(
        (matter, occurrences) ->
            assertThat(occurrences)
                .as("duplicate escalations on " + matter + ", by their occurrences")
                .containsExactly(1));
  }

  private Map<String, List<Integer>> duplicatesByMatter(Set<String> matters) {
    JsonPath alerts =
        call.get()
            .get("/api/v1/alerts?type=DUPLICATE_ESCALATION&limit=5000")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<String> ids = alerts.getList("matterId");
    List<Integer> occurrences = alerts.getList("occurrences");
    Map<String, List<Integer>> byMatter = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      if (matters.contains(ids.get(i))) {
        byMatter
            .computeIfAbsent(ids.get(i), m -> new java.util.ArrayList<>())
            .add(occurrences.get(i));
      }
    }
    return byMatter;
  }
}
