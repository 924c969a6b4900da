package dev.yakusoku.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code POST /api/v1/scenarios/run} body (contract section 4) written as a story: the directory
 * of the story (teams t-ops, t-sales, t-front; staff s-ikumi "ねーさん" managing t-ops, s-aoi "あおい",
 * s-sato-k managing t-sales and t-front, s-sato-m, s-nakamura at the front desk; client c-yamada,
 * end user u-suzuki), then events added one by one. Event ids count up per source ({@code e1},
 * {@code e2}, ...) unless {@link #id} names one; {@link #ref()} is how alerts cite the last event.
 * Modifiers such as {@link #due}, {@link #owner} or {@link #with} change the last event.
 *
 * <p>Times: {@link #thursday(String)} is 2026-11-26 in Asia/Tokyo, a business day, as are Friday
 * the 27th, Monday the 30th and Tuesday 1 December.
 */
public final class ScenarioBuilder {
  public static final String MATTER = "M-1";
  public static final String CLIENT = "c-yamada";
  public static final String END_USER = "u-suzuki";
  public static final String MANAGER = "s-ikumi";
  public static final String ASSIGNEE = "s-aoi";
  public static final String OPS = "t-ops";
  public static final String CRM = "/crm";
  public static final String RECEPTION = "/reception";

  private final ObjectNode body = Stories.JSON.createObjectNode();
  private final ArrayNode events = body.putArray("events");
  private final Map<String, Integer> counters = new HashMap<>();
  private ObjectNode last;

  private ScenarioBuilder() {
    ObjectNode story = Stories.story();
    body.set("teams", story.get("teams").deepCopy());
    body.set("parties", story.get("parties").deepCopy());
  }

  /** An empty scenario over the story's directory. */
  public static ScenarioBuilder scenario() {
    return new ScenarioBuilder();
  }

  // ---- times ----

  /** {@code hh:mm} or {@code hh:mm:ss} on Thursday 2026-11-26, Asia/Tokyo. */
  public static String thursday(String time) {
    return on("2026-11-26", time);
  }

  public static String friday(String time) {
    return on("2026-11-27", time);
  }

  public static String saturday(String time) {
    return on("2026-11-28", time);
  }

  public static String monday(String time) {
    return on("2026-11-30", time);
  }

  public static String tuesday(String time) {
    return on("2026-12-01", time);
  }

  private static String on(String date, String time) {
    return date + "T" + (time.length() == 5 ? time + ":00" : time) + "+09:00";
  }

  // ---- directory ----

  /** Adds a party to the directory. */
  public ScenarioBuilder party(String id, String kind, String name, String phone, String team) {
    ObjectNode p = ((ArrayNode) body.get("parties")).addObject();
    p.put("id", id).put("kind", kind).put("name", name);
    p.putArray("aliases");
    ArrayNode phones = p.putArray("phones");
    if (phone != null) {
      phones.add(phone);
    }
    if (team != null) {
      p.put("team", team);
    }
    return this;
  }

  // ---- matters ----

  /** M-like matter for client c-yamada and end user u-suzuki, team t-ops, assigned to s-aoi. */
  public ScenarioBuilder matterOpened(String matter, String time) {
    return matterOpened(matter, time, CLIENT, END_USER);
  }

  public ScenarioBuilder matterOpened(String matter, String time, String client, String endUser) {
    ObjectNode data = event(CRM, "matter.opened", matter, time);
    data.put("client", client);
    if (endUser != null) {
      data.put("endUser", endUser);
    }
    data.put("team", OPS).put("assignee", ASSIGNEE).put("title", "急ぎの見積り対応");
    return this;
  }

  public ScenarioBuilder matterAssigned(String matter, String time, String assignee) {
    event(CRM, "matter.assigned", matter, time).put("assignee", assignee);
    return this;
  }

  // ---- promises ----

  /**
   * A {@code contact} promise by {@code madeBy} to {@code madeTo}; give its deadline with {@link
   * #due}, {@link #within} or {@link #by}, and optionally {@link #owner}, {@link #target}, {@link
   * #kind}.
   */
  public ScenarioBuilder promise(
      String matter, String promiseId, String time, String madeBy, String madeTo) {
    event(CRM, "promise.made", matter, time)
        .put("promiseId", promiseId)
        .put("madeBy", madeBy)
        .put("madeTo", madeTo)
        .put("kind", "contact");
    return this;
  }

  public ScenarioBuilder due(String timestamp) {
    return with("due", timestamp);
  }

  public ScenarioBuilder within(String duration) {
    return with("within", duration);
  }

  public ScenarioBuilder by(String term) {
    return with("by", term);
  }

  public ScenarioBuilder owner(String owner) {
    return with("owner", owner);
  }

  public ScenarioBuilder target(String target) {
    return with("target", target);
  }

  public ScenarioBuilder kind(String kind) {
    return with("kind", kind);
  }

  public ScenarioBuilder promiseWithdrawn(String matter, String promiseId, String time) {
    event(CRM, "promise.withdrawn", matter, time).put("promiseId", promiseId);
    return this;
  }

  // ---- contacts ----

  /** An outbound phone call on a matter from a staff member to a party. */
  public ScenarioBuilder contact(
      String matter, String time, String from, String to, String outcome) {
    event(CRM, "contact.logged", matter, time)
        .put("channel", "phone")
        .put("direction", "outbound")
        .put("from", from)
        .put("to", to)
        .put("outcome", outcome);
    return this;
  }

  /** An inbound phone call on a matter from a party to a staff member. */
  public ScenarioBuilder inboundContact(
      String matter, String time, String from, String to, String outcome) {
    event(CRM, "contact.logged", matter, time)
        .put("channel", "phone")
        .put("direction", "inbound")
        .put("from", from)
        .put("to", to)
        .put("outcome", outcome);
    return this;
  }

  /**
   * A call to the company's main line taken by {@code takenBy}, logged by reception without a
   * matter or caller: only what the caller said ({@code callerName}, {@code callerPhone}, {@code
   * askedFor}, each may be null).
   */
  public ScenarioBuilder mainLineCall(
      String time,
      String takenBy,
      String callerName,
      String callerPhone,
      String askedFor,
      String outcome) {
    ObjectNode data =
        event(RECEPTION, "contact.logged", null, time)
            .put("channel", "main-line")
            .put("direction", "inbound")
            .put("to", takenBy);
    putIfGiven(data, "callerName", callerName);
    putIfGiven(data, "callerPhone", callerPhone);
    putIfGiven(data, "askedFor", askedFor);
    data.put("outcome", outcome);
    return this;
  }

  // ---- escalations and waits ----

  public ScenarioBuilder escalation(String matter, String time, String by, String to) {
    event(CRM, "escalation.raised", matter, time)
        .put("by", by)
        .put("to", to)
        .put("channel", "chat")
        .put("reason", "急ぎで対応して欲しい");
    return this;
  }

  public ScenarioBuilder waiting(String matter, String time, String on) {
    event(CRM, "dependency.waiting", matter, time).put("on", on);
    return this;
  }

  /** The follow-up of the last {@code dependency.waiting}: a duration or a timestamp. */
  public ScenarioBuilder followUp(String followUp) {
    return with("followUp", followUp);
  }

  public ScenarioBuilder cleared(String matter, String time, String on) {
    event(CRM, "dependency.cleared", matter, time).put("on", on);
    return this;
  }

  // ---- modifiers of the last event ----

  /** Sets a {@code data} field of the last event. */
  public ScenarioBuilder with(String field, String value) {
    ((ObjectNode) last.get("data")).put(field, value);
    return this;
  }

  /** Names the last event's id (its source stays). */
  public ScenarioBuilder id(String id) {
    last.put("id", id);
    return this;
  }

  /** How alerts cite the last event: {@code <source>/<id>}. */
  public String ref() {
    return last.get("source").asText() + "/" + last.get("id").asText();
  }

  /** Moves the last event to the front of the list, so events are given out of order. */
  public ScenarioBuilder listedFirst() {
    events.remove(events.size() - 1);
    events.insert(0, last);
    return this;
  }

  public ScenarioBuilder until(String until) {
    body.put("until", until);
    return this;
  }

  public String body() {
    return body.toString();
  }

  /** The events alone, as one batch to post to the running service. */
  public ArrayNode events() {
    return events.deepCopy();
  }

  /**
   * Runs the scenario, checks the answer's shape and that every alert names its team, that team's
   * manager, its rule and the run's rule set.
   */
  public ScenarioRun run() {
    JsonPath answer =
        given()
            .contentType(ContentType.JSON)
            .body(body())
            .when()
            .post("/api/v1/scenarios/run")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    ScenarioRun run =
        new ScenarioRun(
            answer.getList("alerts"), answer.getString("ruleSet"), answer.getList("errors"));
    assertThat(run.errors()).as("errors").isEmpty();
    assertThat(run.ruleSet()).as("ruleSet").startsWith("rs-");
    run.alerts().forEach(a -> checkRouting(a, run.ruleSet()));
    return run;
  }

  private void checkRouting(Map<String, Object> alert, String ruleSet) {
    assertThat(alert.get("team")).as("team of %s", alert).isNotNull();
    assertThat(alert.get("manager"))
        .as("manager of %s", alert)
        .isEqualTo(managerOf((String) alert.get("team")));
    assertThat((String) alert.get("rule")).as("rule of %s", alert).isNotBlank();
    assertThat(alert.get("ruleSet")).as("ruleSet of %s", alert).isEqualTo(ruleSet);
  }

  private String managerOf(String team) {
    for (var t : body.get("teams")) {
      if (t.get("id").asText().equals(team)) {
        return t.get("manager").asText();
      }
    }
    throw new AssertionError("no team " + team + " in the scenario's directory");
  }

  private ObjectNode event(String source, String type, String subject, String time) {
    int n = counters.merge(source, 1, Integer::sum);
    last = events.addObject();
    last.put("specversion", "1.0").put("id", "e" + n).put("source", source).put("type", type);
    last.put("time", time);
    if (subject != null) {
      last.put("subject", subject);
    }
    return last.putObject("data");
  }

  private static void putIfGiven(ObjectNode data, String field, String value) {
    if (value != null) {
      data.put(field, value);
    }
  }

  /** What a scenario run answered. */
  public record ScenarioRun(List<Map<String, Object>> alerts, String ruleSet, List<Object> errors) {

    public List<String> types() {
      return alerts.stream().map(a -> (String) a.get("type")).toList();
    }

    public List<Map<String, Object>> ofType(String type) {
      return alerts.stream().filter(a -> type.equals(a.get("type"))).toList();
    }

    /** The {@code evidence} of an alert: the {@code source/id} of the events it cites. */
    @SuppressWarnings("unchecked")
    public static List<String> evidence(Map<String, Object> alert) {
      return (List<String>) alert.get("evidence");
    }

    /** The one alert of a type; fails unless there is exactly one. */
    public Map<String, Object> only(String type) {
      List<Map<String, Object>> found = ofType(type);
      assertThat(found).as("%s alerts among %s", type, alerts).hasSize(1);
      return found.get(0);
    }
  }
}
