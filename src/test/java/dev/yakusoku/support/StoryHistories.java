package dev.yakusoku.support;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Story-like histories for property tests, from a seed: a few matters of clients and end users who
 * share parties (so calls may tie to one matter, to none, or to several), each opened, escalated,
 * promised on, called about on the main line without a subject, contacted, asked to wait, withdrawn
 * from or resolved, at distinct times from the story's Thursday on; then how they arrive: shuffled
 * or in order, in requests of one to four events, each request posted late by nothing, minutes or
 * days, the wall clock never moving back.
 */
public final class StoryHistories {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final Instant THURSDAY = Instant.parse("2026-11-26T00:00:00Z"); // 09:00 in Tokyo

  /** The parties histories draw on beyond the story's: clients and end users who share matters. */
  public static ArrayNode extraParties() {
    ArrayNode parties = Stories.JSON.createArrayNode();
    parties.addObject().put("id", "c-p1").put("kind", "client").put("name", "伊藤 次郎");
    parties.addObject().put("id", "c-p2").put("kind", "client").put("name", "加藤 三郎");
    ObjectNode u1 = parties.addObject().put("id", "u-p1").put("kind", "end-user");
    u1.put("name", "小林 愛").putArray("phones").add("090-1111-0001");
    ObjectNode u2 = parties.addObject().put("id", "u-p2").put("kind", "end-user");
    u2.put("name", "吉田 翼").putArray("phones").add("090-1111-0002");
    return parties;
  }

  /** One request as it arrives: its events, and the wall clock when it is posted. */
  public record Request(List<ObjectNode> events, Instant postedAt) {}

  /** A history and how it arrives; {@code end} is when the feed and the scenario are compared. */
  public record History(long seed, List<ObjectNode> events, List<Request> requests, Instant end) {
    /** The same arrival without one event (a request left empty is dropped). */
    public History without(ObjectNode event) {
      List<Request> fewer = new ArrayList<>();
      for (Request r : requests) {
        List<ObjectNode> kept = r.events().stream().filter(e -> e != event).toList();
        if (!kept.isEmpty()) {
          fewer.add(new Request(kept, r.postedAt()));
        }
      }
      return new History(seed, events.stream().filter(e -> e != event).toList(), fewer, end);
    }

    @Override
    public String toString() {
      StringBuilder s = new StringBuilder("history of seed " + seed + ", arriving as:\n");
      for (Request r : requests) {
        s.append("  posted at ").append(r.postedAt()).append(":\n");
        r.events().forEach(e -> s.append("    ").append(e).append('\n'));
      }
      return s.append("  compared at ").append(end).toString();
    }
  }

  private final Random random;
  private final long seed;
  private final String prefix;
  private final List<ObjectNode> events = new ArrayList<>();
  private int serial;

  private StoryHistories(long seed) {
    this.seed = seed;
    this.random = new Random(seed);
    this.prefix = "h" + Long.toHexString(seed);
  }

  /** The history of {@code seed}. */
  public static History of(long seed) {
    return new StoryHistories(seed).generate();
  }

  private History generate() {
    int matters = 1 + random.nextInt(3);
    Instant start = THURSDAY.plus(Duration.ofMinutes(random.nextInt(120)));
    for (int m = 0; m < matters; m++) {
      matter(prefix + "-M" + m, start.plus(Duration.ofMinutes(random.nextInt(90))));
    }
    events.sort(Comparator.comparing(e -> e.get("time").asText()));
    List<ObjectNode> arrival = new ArrayList<>(events);
    if (random.nextBoolean()) {
      java.util.Collections.shuffle(arrival, random);
    } else {
      // mostly in order, a few swapped with a neighbour
      for (int i = 1; i < arrival.size(); i++) {
        if (random.nextInt(4) == 0) {
          java.util.Collections.swap(arrival, i - 1, i);
        }
      }
    }
    List<Request> requests = new ArrayList<>();
    Instant wall = Instant.MIN;
    for (int i = 0; i < arrival.size(); ) {
      int size = Math.min(arrival.size() - i, 1 + random.nextInt(4));
      List<ObjectNode> batch = List.copyOf(arrival.subList(i, i + size));
      Instant latest =
          batch.stream().map(StoryHistories::timeOf).max(Comparator.naturalOrder()).get();
      wall = (latest.isAfter(wall) ? latest : wall).plus(lateness());
      requests.add(new Request(batch, wall));
      i += size;
    }
    Instant last = events.stream().map(StoryHistories::timeOf).max(Comparator.naturalOrder()).get();
    Instant end = (last.isAfter(wall) ? last : wall).plus(Duration.ofDays(3));
    return new History(seed, List.copyOf(events), requests, end);
  }

  private Duration lateness() {
    return switch (random.nextInt(6)) {
      case 0, 1 -> Duration.ZERO;
      case 2 -> Duration.ofSeconds(1 + random.nextInt(60));
      case 3 -> Duration.ofMinutes(1 + random.nextInt(90));
      case 4 -> Duration.ofHours(1 + random.nextInt(30));
      default -> Duration.ofDays(1 + random.nextInt(4));
    };
  }

  private void matter(String matter, Instant opened) {
    String[] clients = {"c-yamada", "c-p1", "c-p2"};
    String[] endUsers = {"u-suzuki", "u-p1", "u-p2"};
    String client = clients[random.nextInt(clients.length)];
    String endUser = endUsers[random.nextInt(endUsers.length)];
    Instant t = opened;
    ObjectNode open = event(matter, "/crm", "matter.opened", t);
    open.putObject("data")
        .put("client", client)
        .put("endUser", endUser)
        .put("team", "t-ops")
        .put("assignee", "s-aoi")
        .put("title", "案件 " + matter);
    List<String> promises = new ArrayList<>();
    int steps = 2 + random.nextInt(6);
    for (int s = 0; s < steps; s++) {
      t = t.plus(Duration.ofMinutes(1 + random.nextInt(random.nextInt(5) == 0 ? 3000 : 120)));
      switch (random.nextInt(8)) {
        case 0, 1 -> {
          ObjectNode e = event(matter, "/crm", "escalation.raised", t);
          e.putObject("data")
              .put("by", random.nextInt(3) == 0 ? endUser : client)
              .put("to", "s-ikumi")
              .put("channel", "chat");
        }
        case 2, 3 -> promises.add(promise(matter, client, endUser, t, promises.size()));
        case 4 -> {
          ObjectNode e = event(matter, "/crm", "contact.logged", t);
          String[] outcomes = {"reached", "no-answer", "asked-to-wait", "left-message"};
          e.putObject("data")
              .put("channel", "phone")
              .put("direction", "outbound")
              .put("from", random.nextInt(4) == 0 ? "s-ikumi" : "s-aoi")
              .put("to", random.nextInt(4) == 0 ? client : endUser)
              .put("outcome", outcomes[random.nextInt(outcomes.length)]);
        }
        case 5 -> mainLineCall(endUser, t);
        case 6 -> {
          boolean clears = random.nextBoolean();
          ObjectNode e =
              event(matter, "/crm", clears ? "dependency.cleared" : "dependency.waiting", t);
          e.putObject("data").put("on", endUser);
        }
        default -> {
          if (!promises.isEmpty()) {
            ObjectNode e = event(matter, "/crm", "promise.withdrawn", t);
            e.putObject("data").put("promiseId", promises.get(random.nextInt(promises.size())));
          }
        }
      }
    }
    if (random.nextInt(5) == 0) {
      event(matter, "/crm", "matter.resolved", t.plus(Duration.ofMinutes(5))).putObject("data");
    }
  }

  private String promise(String matter, String client, String endUser, Instant t, int n) {
    String id = "P-" + n;
    ObjectNode e = event(matter, "/crm", "promise.made", t);
    ObjectNode data =
        e.putObject("data")
            .put("promiseId", id)
            .put("madeBy", "s-ikumi")
            .put("madeTo", client)
            .put("target", endUser)
            .put("kind", random.nextInt(3) == 0 ? "callback" : "contact");
    switch (random.nextInt(4)) {
      case 0 -> data.put("within", "PT30M");
      case 1 -> data.put("within", "P1D");
      case 2 -> data.put("by", "end-of-day");
      default -> data.put("by", "end-of-next-business-day");
    }
    return id;
  }

  private void mainLineCall(String endUser, Instant t) {
    ObjectNode e = event(null, "/reception", "contact.logged", t);
    ObjectNode data =
        e.putObject("data")
            .put("channel", "main-line")
            .put("direction", "inbound")
            .put("to", "s-nakamura")
            .put("outcome", random.nextBoolean() ? "callback-promised" : "reached");
    switch (endUser) {
      case "u-suzuki" -> data.put("callerPhone", "09012345678");
      case "u-p1" -> data.put("callerPhone", "09011110001");
      default -> data.put("callerName", "吉田 翼");
    }
    if (random.nextBoolean()) {
      data.put("askedFor", "ねーさん");
    }
  }

  private ObjectNode event(String matter, String source, String type, Instant time) {
    // distinct times everywhere: ties across matters would depend on the order they are given in
    Instant distinct = time.plusSeconds(serial);
    ObjectNode e =
        Stories.JSON
            .createObjectNode()
            .put("id", prefix + "-" + serial++)
            .put("source", source)
            .put("type", type)
            .put("time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(distinct.atZone(TOKYO)));
    if (matter != null) {
      e.put("subject", matter);
    }
    events.add(e);
    return e;
  }

  private static Instant timeOf(ObjectNode event) {
    return OffsetDateTime.parse(event.get("time").asText()).toInstant();
  }
}
