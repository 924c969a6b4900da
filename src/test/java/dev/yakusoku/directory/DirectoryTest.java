package dev.yakusoku.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract section 3: teams and parties, stored, read back and searched. */
@QuarkusTest
@TestSecurity(
    user = "tester",
    roles = {"ingest", "manager", "rule-author", "admin"})
class DirectoryTest {
  private static final String PROBLEM = "application/problem+json";

  /** Unique per test: the test database is shared by every test of the run. */
  private String run;

  @BeforeEach
  void uniqueIds() {
    run = UUID.randomUUID().toString().substring(0, 8);
  }

  // --- teams ---

  @Test
  void shouldCreateATeamWith201AndReplaceItWith200() {
    String id = "t-" + run;

    put("/api/v1/teams/" + id, "{\"name\": \"Operations 2\", \"manager\": \"s-ikumi\"}")
        .statusCode(201)
        .body("id", equalTo(id))
        .body("name", equalTo("Operations 2"))
        .body("manager", equalTo("s-ikumi"));

    put("/api/v1/teams/" + id, "{\"name\": \"Operations Two\", \"manager\": \"s-aoi\"}")
        .statusCode(200)
        .body("id", equalTo(id))
        .body("name", equalTo("Operations Two"))
        .body("manager", equalTo("s-aoi"));
  }

  @Test
  void shouldReadATeamBackAsPut() {
    String id = "t-" + run;
    put("/api/v1/teams/" + id, "{\"name\": \"営業部\", \"manager\": \"s-sato-k\"}").statusCode(201);

    given()
        .get("/api/v1/teams/" + id)
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("name", equalTo("営業部"))
        .body("manager", equalTo("s-sato-k"));
  }

  @Test
  void shouldListEveryTeamInIdOrder() {
    put("/api/v1/teams/t-" + run + "-b", "{\"name\": \"Sales\", \"manager\": \"s-sato-k\"}")
        .statusCode(201);
    put("/api/v1/teams/t-" + run + "-a", "{\"name\": \"営業部\", \"manager\": \"s-ikumi\"}")
        .statusCode(201);

    given()
        .get("/api/v1/teams")
        .then()
        .statusCode(200)
        .body(
            "findAll { it.id.startsWith('t-" + run + "') }.id",
            contains("t-" + run + "-a", "t-" + run + "-b"))
        .body("find { it.id == 't-" + run + "-a' }.manager", equalTo("s-ikumi"));
  }

  @Test
  void shouldRejectATeamWithoutManager() {
    problem(put("/api/v1/teams/t-" + run, "{\"name\": \"Sales\"}"), 400)
        .body("errors", hasSize(1))
        .body("errors[0].field", equalTo("manager"));
    notFound(given().get("/api/v1/teams/t-" + run).then());
  }

  @Test
  void shouldAnswer404ProblemForAnUnknownTeam() {
    notFound(given().get("/api/v1/teams/t-nobody-" + run).then());
  }

  // --- parties ---

  @Test
  void shouldCreateAPartyWith201AndReplaceItWith200() {
    String id = "s-" + run;

    put("/api/v1/parties/" + id, staff("佐藤 いくみ", "ねーさん", "03-5550-0101"))
        .statusCode(201)
        .body("id", equalTo(id));
    put("/api/v1/parties/" + id, staff("佐藤 いくみ", "いくみ", "03-5550-0199"))
        .statusCode(200)
        .body("id", equalTo(id))
        .body("aliases", contains("いくみ"))
        .body("phones", contains("03-5550-0199"));
  }

  @Test
  void shouldReadAPartyBackAsPut() {
    String id = "c-" + run;
    put(
            "/api/v1/parties/" + id,
            """
            {"kind": "client", "name": "山田 太郎", "aliases": ["山田さん"],
             "phones": ["03-5550-2000"], "organization": "A商事"}
            """)
        .statusCode(201);

    given()
        .get("/api/v1/parties/" + id)
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("kind", equalTo("client"))
        .body("name", equalTo("山田 太郎"))
        .body("aliases", contains("山田さん"))
        .body("phones", contains("03-5550-2000"))
        .body("organization", equalTo("A商事"));
  }

  @Test
  void shouldReadAStaffMembersTeamBack() {
    String id = "s-" + run;
    put("/api/v1/parties/" + id, staff("高橋 葵", "あおい", "03-5550-0104")).statusCode(201);

    given()
        .get("/api/v1/parties/" + id)
        .then()
        .statusCode(200)
        .body("kind", equalTo("staff"))
        .body("team", equalTo("t-ops"));
  }

  @Test
  void shouldFindAPartyByAnAliasWrittenInFullWidth() {
    String id = "s-" + run;
    put("/api/v1/parties/" + id, staff("佐藤 いくみ", "nesan", "03-5550-0101")).statusCode(201);

    search("ＮＥＳＡＮ").body("id", hasItem(id));
  }

  @Test
  void shouldFindAPartyByAnAliasWithSpacesAndCaseFolded() {
    String alias = "Big Boss " + run;
    String id = "s-" + run;
    put("/api/v1/parties/" + id, staff("佐藤 いくみ", alias, "03-5550-0101")).statusCode(201);

    search(" big\u3000boss" + run.toUpperCase() + " ").body("id", contains(id));
  }

  @Test
  void shouldFindAPartyByAPhoneWrittenInAnotherFormat() {
    String id = "u-" + run;
    put(
            "/api/v1/parties/" + id,
            """
            {"kind": "end-user", "name": "鈴木 花子", "phones": ["090-1234-5678"],
             "organization": "B工業"}
            """)
        .statusCode(201);

    search("+81 90-1234-5678").body("id", hasItem(id));
    search("09012345678").body("id", hasItem(id));
    search("+81 90-1234-5679").body("id", not(hasItem(id)));
  }

  @Test
  void shouldFindAPartyByAPartOfItsName() {
    String surname = "Sato" + run;
    String id = "s-" + run;
    put("/api/v1/parties/" + id, staff(surname + " Ikumi", "nesan", "03-5550-0101"))
        .statusCode(201);

    search(surname).body("id", contains(id));
    search("ＳＡＴＯ" + run.substring(0, 4)).body("id", contains(id));
    search("Ikumi").body("id", hasItem(id));
  }

  @Test
  void shouldFindEveryPartySharingAJapaneseSurname() {
    String first = "s-a-" + run;
    String second = "s-b-" + run;
    put("/api/v1/parties/" + first, staff("佐藤 健一", null, "03-5550-0102")).statusCode(201);
    put("/api/v1/parties/" + second, staff("佐藤　美咲", null, "03-5550-0103")).statusCode(201);

    search("佐藤").body("id", hasItem(first)).body("id", hasItem(second));
    search("佐藤美咲").body("id", hasItem(second)).body("id", not(hasItem(first)));
  }

  @Test
  void shouldFindNothingForANameNobodyHas() {
    search("nobody-" + run).body("$", empty());
  }

  @Test
  void shouldRejectAPartyOfUnknownKind() {
    problem(
            put(
                "/api/v1/parties/x-" + run,
                "{\"kind\": \"robot\", \"name\": \"R2\", \"phones\": []}"),
            400)
        .body("errors", hasSize(1))
        .body("errors[0].field", equalTo("kind"))
        .body("errors[0].message", notNullValue());
    notFound(given().get("/api/v1/parties/x-" + run).then());
  }

  @Test
  void shouldRejectAPartyWithoutName() {
    problem(put("/api/v1/parties/x-" + run, "{\"kind\": \"client\"}"), 400)
        .body("errors", hasSize(1))
        .body("errors[0].field", equalTo("name"));
    notFound(given().get("/api/v1/parties/x-" + run).then());
  }

  @Test
  void shouldRejectAPartyBodyThatIsNotJson() {
    problem(put("/api/v1/parties/x-" + run, "kind=client&name=R2"), 400)
        .body("errors[0].field", notNullValue());
  }

  @Test
  void shouldRejectAPartyWhoseAliasesAreNotAList() {
    problem(
            put(
                "/api/v1/parties/x-" + run,
                "{\"kind\": \"client\", \"name\": \"R2\", \"aliases\": {\"a\": 1}}"),
            400)
        .body("errors", hasSize(1))
        .body("errors[0].field", equalTo("aliases"));
  }

  @Test
  void shouldRejectAPartyWithABlankPhone() {
    problem(
            put(
                "/api/v1/parties/x-" + run,
                "{\"kind\": \"client\", \"name\": \"R2\", \"phones\": [\" \"]}"),
            400)
        .body("errors", hasSize(1))
        .body("errors[0].field", startsWith("phones"));
  }

  @Test
  void shouldRejectAPartyPutWithoutBody() {
    problem(put("/api/v1/parties/x-" + run, ""), 400)
        .body("errors", hasSize(1))
        .body("errors[0].field", equalTo("body"));
  }

  @Test
  void shouldAnswer404ProblemForAnUnknownParty() {
    notFound(given().get("/api/v1/parties/nobody-" + run).then());
  }

  // --- helpers ---

  private static String staff(String name, String alias, String phone) {
    return """
        {"kind": "staff", "name": "%s", "aliases": [%s], "phones": ["%s"], "team": "t-ops"}
        """
        .formatted(name, alias == null ? "" : "\"" + alias + "\"", phone);
  }

  private static ValidatableResponse put(String path, String body) {
    return given()
        .contentType("application/json; charset=UTF-8")
        .body(body.getBytes(StandardCharsets.UTF_8))
        .put(path)
        .then();
  }

  private static ValidatableResponse search(String q) {
    return given().queryParam("q", q).get("/api/v1/parties").then().statusCode(200);
  }

  private static ValidatableResponse problem(ValidatableResponse response, int status) {
    return response
        .statusCode(status)
        .contentType(startsWith(PROBLEM))
        .body("status", equalTo(status))
        .body("type", startsWith("/problems/"))
        .body("title", notNullValue());
  }

  private static void notFound(ValidatableResponse response) {
    problem(response, 404).body("type", equalTo("/problems/not-found"));
  }
}
