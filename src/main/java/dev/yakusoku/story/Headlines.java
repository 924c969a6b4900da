package dev.yakusoku.story;

import dev.yakusoku.events.AcceptedEvent;
import dev.yakusoku.events.EventData;
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
    EventData data = e.data();
    if (data instanceof EventData.MatterOpened o) {
      return "Matter "
          + e.subject()
          + " opened for "
          + name(o.client())
          + (o.endUser() == null ? "" : ", end user " + name(o.endUser()))
          + (o.assignee() == null ? "" : ", assigned to " + name(o.assignee()))
          + ": "
          + o.title();
    } else if (data instanceof EventData.MatterAssigned a) {
      return "Assigned to " + name(a.assignee());
    } else if (data instanceof EventData.MatterResolved) {
      return "Matter resolved";
    } else if (data instanceof EventData.EscalationRaised r) {
      return name(r.by())
          + " escalated to "
          + name(r.to())
          + " by "
          + channel(r.channel()).toLowerCase();
    } else if (data instanceof EventData.PromiseMade p) {
      return promise(p);
    } else if (data instanceof EventData.PromiseWithdrawn w) {
      return "Promise " + w.promiseId() + " withdrawn";
    } else if (data instanceof EventData.ContactLogged c) {
      return contact(t, c);
    } else if (data instanceof EventData.DependencyWaiting w) {
      return "Now waiting on " + name(w.on());
    } else if (data instanceof EventData.DependencyCleared c) {
      return "No longer waiting on " + name(c.on());
    }
    return e.type();
  }

  private String promise(EventData.PromiseMade p) {
    String deed =
        switch (String.valueOf(p.kind())) {
          case EventData.PromiseMade.REPLY -> "will reply to " + name(p.madeTo());
          case "callback" -> "will call back " + name(p.reaches());
          default -> "will contact " + name(p.reaches());
        };
    return name(p.madeBy())
        + " promised "
        + name(p.madeTo())
        + " that "
        + (p.owner() == null ? "the person in charge" : name(p.owner()))
        + " "
        + deed
        + " "
        + terms(p);
  }

  private String terms(EventData.PromiseMade p) {
    if (p.by() != null) {
      return TERMS.getOrDefault(p.by(), "by " + p.by());
    }
    if (p.within() != null) {
      return "within " + p.within();
    }
    return "by " + LOCAL.format(OffsetDateTime.parse(p.due()).atZoneSameInstant(zone));
  }

  private String contact(TiedEvent t, EventData.ContactLogged c) {
    String caller =
        c.from() != null
            ? name(c.from())
            : Objects.requireNonNullElse(c.callerName(), name(t.from()));
    String phone = c.callerPhone() == null ? "" : " (" + c.callerPhone() + ")";
    return channel(c.channel())
        + " from "
        + caller
        + phone
        + " to "
        + name(c.to())
        + (c.askedFor() == null ? "" : ", asking for " + c.askedFor())
        + ": "
        + OUTCOMES.getOrDefault(c.outcome(), c.outcome());
  }

  private String name(String id) {
    return id == null ? "someone" : names.apply(id);
  }

  private static String channel(String channel) {
    return CHANNELS.getOrDefault(channel, String.valueOf(channel));
  }
}
