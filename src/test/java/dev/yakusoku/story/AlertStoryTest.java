package dev.yakusoku.story;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yakusoku.support.LiveService;
import dev.yakusoku.support.Stories;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/alerts/{id}/story}: an alert with its matter's story from the event log. */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "rule-author", "admin"})
class AlertStoryTest {
  @Inject LiveService live;

  @BeforeEach
  void freshService() {
    live.resetAt("2026-11-26T09:59:00+09:00");
    live.putStoryDirectory();
  }

  @Test
  void theDuplicateEscalationTellsTheChatThePromiseAndTheMainLineCallTiedByPhone() {
    live.postStoryEvents("e1", "e2", "e3", "e4");
    String id = awaitAlert("DUPLICATE_ESCALATION");

    given()
        .get("/api/v1/alerts/" + id + "/story")
        .then()
        .statusCode(200)
        .body("alert.id", equalTo(id))
        .body("zone", equalTo("Asia/Tokyo"))
        .body("matter.id", equalTo("M-1"))
        .body("matter.title", equalTo("急ぎの見積り対応"))
        .body("matter.client", equalTo("c-yamada"))
        .body("matter.endUser", equalTo("u-suzuki"))
        .body("matter.assignee", equalTo("s-aoi"))
        .body(
            "timeline.time",
            contains(
                "2026-11-26T10:00:00+09:00",
                "2026-11-26T10:00:00+09:00",
                "2026-11-26T10:03:00+09:00",
                "2026-11-26T10:12:00+09:00"))
        .body(
            "timeline.type",
            contains("matter.opened", "escalation.raised", "promise.made", "contact.logged"))
        .body("timeline[1].channel", equalTo("chat"))
        .body("timeline[1].from", equalTo("c-yamada"))
        .body("timeline[1].to", equalTo("s-ikumi"))
        .body("timeline[1].says", equalTo("急ぎで対応して欲しい"))
        .body("timeline[1].headline", equalTo("山田 太郎 escalated to 佐藤 いくみ by chat"))
        .body("timeline[1].evidence", equalTo(true))
        .body("timeline[0].evidence", equalTo(false))
        .body(
            "timeline[2].headline",
            equalTo(
                "佐藤 いくみ promised 山田 太郎 that 高橋 葵 will contact 鈴木 花子"
                    + " by the end of the next business day"))
        .body("timeline[3].channel", equalTo("main-line"))
        .body("timeline[3].from", equalTo("u-suzuki"))
        .body("timeline[3].to", equalTo("s-nakamura"))
        .body("timeline[3].askedFor", equalTo("ねーさん"))
        .body("timeline[3].headline", containsString("asking for ねーさん"))
        .body("timeline[3].tiedBy", containsString("caller tied by phone 09012345678 to u-suzuki"))
        .body("timeline[3].tiedBy", containsString("the one open matter of u-suzuki is M-1"))
        .body("timeline[2].tiedBy", nullValue())
        .body("timeline[2].from", equalTo("s-ikumi"))
        .body("timeline[2].to", equalTo("c-yamada"))
        .body("parties.'s-ikumi'.name", equalTo("佐藤 いくみ"))
        .body("parties.'u-suzuki'.organization", equalTo("B工業"))
        .body("teams.'t-ops'.name", equalTo("Operations 2"));
  }

  @Test
  void thePromiseIsDueAtTheEndOfTheNextBusinessDayAndTheCallbackWithinHalfAnHour() {
    live.postStoryEvents("e1", "e2", "e3", "e4");
    String id = awaitAlert("DUPLICATE_ESCALATION");

    given()
        .get("/api/v1/alerts/" + id + "/story")
        .then()
        .body("promises", hasSize(2))
        .body("promises[0].id", equalTo("P-1"))
        .body("promises[0].madeBy", equalTo("s-ikumi"))
        .body("promises[0].madeTo", equalTo("c-yamada"))
        .body("promises[0].owner", equalTo("s-aoi"))
        .body("promises[0].target", equalTo("u-suzuki"))
        .body("promises[0].terms", equalTo("end-of-next-business-day"))
        .body("promises[0].madeAt", equalTo("2026-11-26T10:03:00+09:00"))
        .body("promises[0].due", equalTo("2026-11-27T18:00:00+09:00"))
        .body("promises[0].pausedFor", equalTo("PT0S"))
        .body("promises[0].state", equalTo("open"))
        .body("promises[1].kind", equalTo("callback"))
        .body("promises[1].madeBy", equalTo("s-nakamura"))
        .body("promises[1].owner", equalTo("s-ikumi"))
        .body("promises[1].target", equalTo("u-suzuki"))
        .body("promises[1].due", equalTo("2026-11-26T10:42:00+09:00"));
  }

  @Test
  void contactsThatFollowKeepThePromisesAndPleaseWaitPausesNothingAlreadyKept() {
    live.postStoryEvents("e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8", "e9");
    String id = awaitAlert("DUPLICATE_ESCALATION");

    given()
        .get("/api/v1/alerts/" + id + "/story")
        .then()
        .body("timeline", hasSize(7))
        .body("timeline[6].headline", equalTo("Phone call from 高橋 葵 to 鈴木 花子: asked to wait"))
        .body("timeline[6].says", equalTo("先方も調整中"))
        .body("promises.find { it.id == 'P-1' }.state", equalTo("kept"))
        .body("promises.find { it.id == 'P-1' }.keptBy", equalTo("/crm/e9"))
        .body("promises.find { it.id == 'P-1' }.keptAt", equalTo("2026-11-26T11:10:00+09:00"))
        .body("promises.find { it.kind == 'callback' }.keptBy", equalTo("/crm/e5"));
  }

  @Test
  void aWaitPausesAnOpenPromiseAndMovesItsDueTimeByTheSpanWaited() {
    live.postStoryEvents("e1", "e2", "e3", "e4");
    String id = awaitAlert("DUPLICATE_ESCALATION");
    live.post(event("w1", "dependency.waiting", "2026-11-26T13:00:00+09:00"));
    live.post(event("w2", "dependency.cleared", "2026-11-26T15:30:00+09:00"));

    given()
        .get("/api/v1/alerts/" + id + "/story")
        .then()
        .body("promises[0].pausedFor", equalTo("PT2H30M"))
        .body("promises[0].pausedNow", equalTo(false))
        .body("promises[0].dueAfterPauses", equalTo("2026-11-27T20:30:00+09:00"))
        .body("timeline.headline", hasItems("Now waiting on 鈴木 花子", "No longer waiting on 鈴木 花子"));
  }

  @Test
  void anUnknownAlertHasNoStory() {
    given().get("/api/v1/alerts/a-unknown/story").then().statusCode(404);
  }

  private static JsonNode event(String id, String type, String time) {
    var e = Stories.JSON.createObjectNode();
    e.put("specversion", "1.0").put("id", id).put("source", "/crm").put("type", type);
    e.put("time", time).put("subject", "M-1");
    e.putObject("data").put("on", "u-suzuki");
    return e;
  }

  private static String awaitAlert(String type) {
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () -> given().get("/api/v1/alerts?type=" + type).then().body("$", hasSize(1)));
    return given().get("/api/v1/alerts?type=" + type).then().extract().path("[0].id");
  }
}
