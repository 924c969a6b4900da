package dev.yakusoku.story;

import static dev.yakusoku.events.EventTypes.*;

import dev.yakusoku.events.AcceptedEvent;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** One sentence a manager reads for each event of a story, with people by their names. */
final class Headlines {
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final Map<String, String> CHANNELS =
      Map.of(
          "phone", "Phone call",
          "main-line", "Main-line call",
          "chat", "Chat",
          "email", "Email",
          "visit", "Visit");
  private static final Map<String, String> OUTCOMES =
      Map.of(
          "reached", "reached",
          "no-answer", "no answer",
          "left-message", "left a message",
          "callback-promised", "callback promised",
          "asked-to-wait", "asked to wait");
  private static final Map<String, String> TERMS =
      Map.of(
          "end-of-day", "by the end of the day",
          "end-of-next-business-day", "by the end of the next business day");

  private final Function<String, String> names;
  private final ZoneId zone;

  Headlines(Function<String, String> names, ZoneId zone) {
    this.names = names;
    this.zone = zone;
  }

  String of(TiedEvent t) {
    AcceptedEvent e = t.event();
    return switch (e.type()) {
      case MATTER_OPENED ->
          "Matter "
              + e.subject()
              + " opened for "
              + name(e.text("client"))
              + (e.text("endUser") == null ? "" : ", end user " + name(e.text("endUser")))
              + (e.text("assignee") == null ? "" : ", assigned to " + name(e.text("assignee")))
              + ": "
              + e.text("title");
      case MATTER_ASSIGNED -> "Assigned to " + name(e.text("assignee"));
      case MATTER_RESOLVED -> "Matter resolved";
      case ESCALATION_RAISED ->
          name(e.text("by"))
              + " escalated to "
              + name(e.text("to"))
              + " by "
              + channel(e.text("channel")).toLowerCase();
      case PROMISE_MADE -> promise(e);
      case PROMISE_WITHDRAWN -> "Promise " + e.text("promiseId") + " withdrawn";
      case CONTACT_LOGGED -> contact(t);
      case DEPENDENCY_WAITING -> "Now waiting on " + name(e.text("on"));
      case DEPENDENCY_CLEARED -> "No longer waiting on " + name(e.text("on"));
      default -> e.type();
    };
  }

  private String promise(AcceptedEvent e) {
    String kind = e.text("kind");
    String owner = e.text("owner");
    String target = e.text("target") == null ? e.text("madeTo") : e.text("target");
    String deed =
        switch (String.valueOf(kind)) {
          case "reply" -> "will reply to " + name(e.text("madeTo"));
          case "callback" -> "will call back " + name(target);
          default -> "will contact " + name(target);
        };
    return name(e.text("madeBy"))
        + " promised "
        + name(e.text("madeTo"))
        + " that "
        + (owner == null ? "the person in charge" : name(owner))
        + " "
        + deed
        + " "
        + terms(e);
  }

  private String terms(AcceptedEvent e) {
    if (e.text("by") != null) {
      return TERMS.getOrDefault(e.text("by"), "by " + e.text("by"));
    }
    if (e.text("within") != null) {
      return "within " + e.text("within");
    }
    return "by " + LOCAL.format(OffsetDateTime.parse(e.text("due")).atZoneSameInstant(zone));
  }

  private String contact(TiedEvent t) {
    AcceptedEvent e = t.event();
    String caller =
        e.text("from") != null
            ? name(e.text("from"))
            : Objects.requireNonNullElse(e.text("callerName"), name(t.from()));
    String phone = e.text("callerPhone") == null ? "" : " (" + e.text("callerPhone") + ")";
    return channel(e.text("channel"))
        + " from "
        + caller
        + phone
        + " to "
        + name(e.text("to"))
        + (e.text("askedFor") == null ? "" : ", asking for " + e.text("askedFor"))
        + ": "
        + OUTCOMES.getOrDefault(e.text("outcome"), e.text("outcome"));
  }

  private String name(String id) {
    return id == null ? "someone" : names.apply(id);
  }

  private static String channel(String channel) {
    return CHANNELS.getOrDefault(channel, String.valueOf(channel));
  }
}
