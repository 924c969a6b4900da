package dev.yakusoku.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yakusoku.directory.DirectoryEntry;
import dev.yakusoku.events.AcceptedEvent;
import dev.yakusoku.events.EventData;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated event history shaped like the story: matters opened, escalated, promised, called
 * about, kept or not, asked to wait; seeded, so every run replays the same events.
 */
public final class SyntheticHistory {
  private static final ObjectMapper JSON = new ObjectMapper();
  public static final Instant START = Instant.parse("2026-11-02T00:30:00Z");

  private SyntheticHistory() {}

  public static List<DirectoryEntry> parties(int clients) {
    List<DirectoryEntry> parties = new ArrayList<>();
    for (int s = 0; s < 20; s++) {
      parties.add(
          new DirectoryEntry(
              "s-" + s, "staff", "社員 " + s, List.of("st" + s), List.of(), "t-" + (s % 4)));
    }
    for (int c = 0; c < clients; c++) {
      parties.add(
          new DirectoryEntry(
              "u-" + c,
              "end-user",
              "顧客 " + c,
              List.of(),
              List.of(String.format("090-%04d-%04d", c / 10000, c % 10000)),
              null));
    }
    return parties;
  }

  /** About ten events a matter, matters opening a minute apart. */
  public static List<AcceptedEvent> events(int matters, long seed) {
    Random random = new Random(seed);
    List<AcceptedEvent> events = new ArrayList<>();
    for (int m = 0; m < matters; m++) {
      String matter = "M-" + m;
      String client = "u-" + m;
      String assignee = "s-" + random.nextInt(20);
      String manager = "s-" + (random.nextInt(4) * 5);
      Instant t = START.plus(Duration.ofMinutes(m));
      events.add(
          event(
              matter,
              "matter.opened",
              t,
              data(
                  "client",
                  client,
                  "team",
                  "t-" + (m % 4),
                  "assignee",
                  assignee,
                  "title",
                  "案件 " + m)));
      events.add(
          event(
              matter,
              "escalation.raised",
              t.plusSeconds(60),
              data("by", client, "to", manager, "channel", "chat")));
      events.add(
          event(
              matter,
              "promise.made",
              t.plusSeconds(180),
              data(
                  "promiseId",
                  "P-" + m,
                  "madeBy",
                  manager,
                  "madeTo",
                  client,
                  "owner",
                  assignee,
                  "kind",
                  "contact",
                  "within",
                  "PT2H")));
      ObjectNode call =
          data(
              "channel",
              "main-line",
              "direction",
              "inbound",
              "callerPhone",
              String.format("090%04d%04d", m / 10000, m % 10000),
              "askedFor",
              "st" + manager.substring(2),
              "outcome",
              "callback-promised",
              "to",
              "s-19");
      events.add(event(null, "contact.logged", t.plusSeconds(720), call));
      events.add(
          event(
              matter,
              "escalation.raised",
              t.plusSeconds(900),
              data("by", manager, "to", assignee, "channel", "chat")));
      events.add(
          event(
              matter,
              "contact.logged",
              t.plusSeconds(1000),
              data(
                  "channel",
                  "phone",
                  "direction",
                  "outbound",
                  "from",
                  manager,
                  "to",
                  client,
                  "outcome",
                  "reached")));
      if (random.nextInt(10) < 8) {
        events.add(
            event(
                matter,
                "contact.logged",
                t.plusSeconds(4000),
                data(
                    "channel",
                    "phone",
                    "direction",
                    "outbound",
                    "from",
                    assignee,
                    "to",
                    client,
                    "outcome",
                    "asked-to-wait")));
        events.add(
            event(
                matter,
                "contact.logged",
                t.plusSeconds(9000),
                data(
                    "channel",
                    "phone",
                    "direction",
                    "inbound",
                    "from",
                    client,
                    "to",
                    assignee,
                    "outcome",
                    "reached")));
      }
      events.add(
          event(
              matter,
              "dependency.waiting",
              t.plusSeconds(9500),
              data("on", client, "followUp", "PT4H")));
      events.add(event(matter, "dependency.cleared", t.plusSeconds(12000), data("on", client)));
    }
    events.sort((a, b) -> a.time().compareTo(b.time()));
    return events;
  }

  private static AcceptedEvent event(String matter, String type, Instant time, ObjectNode data) {
    return new AcceptedEvent(
        "/bench",
        type + "/" + time + "/" + (matter == null ? data.get("callerPhone").asText() : matter),
        type,
        matter,
        time,
        EventData.read(type, data));
  }

  private static ObjectNode data(String... pairs) {
    ObjectNode node = JSON.createObjectNode();
    for (int i = 0; i < pairs.length; i += 2) {
      node.put(pairs[i], pairs[i + 1]);
    }
    return node;
  }

  /** The event as CloudEvents JSON, for posting over REST. */
  public static ObjectNode cloudEvent(AcceptedEvent e) {
    ObjectNode node = JSON.createObjectNode();
    node.put("specversion", "1.0");
    node.put("id", e.id());
    node.put("source", e.source());
    node.put("type", e.type());
    node.put(
        "time",
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            e.time().atOffset(java.time.ZoneOffset.ofHours(9))));
    if (e.subject() != null) {
      node.put("subject", e.subject());
    }
    node.set("data", JSON.valueToTree(e.data()));
    return node;
  }
}
