package dev.yakusoku.story;

import static dev.yakusoku.engine.EventTypes.*;

import dev.yakusoku.calendar.BusinessCalendar;
import dev.yakusoku.engine.EngineEvent;
import dev.yakusoku.engine.PromiseTerms;
import dev.yakusoku.facts.Promise;
import dev.yakusoku.facts.Wait;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a matter's promises from its events in time order, by the contract's semantics: a promise
 * is kept by an outbound contact from its owner (or the assignee then) to its target in time, and
 * its due time moves out by every span the matter waited on a party while it was open.
 */
final class PromiseHistory {
  private final BusinessCalendar calendar;
  private final Duration callbackWindow;
  private final Map<String, Promise> promises = new LinkedHashMap<>();
  private final Map<String, String> terms = new LinkedHashMap<>();
  private final Map<String, Instant> withdrawn = new LinkedHashMap<>();
  private final List<Wait> waits = new ArrayList<>();
  private final AssigneeHistory assignees = new AssigneeHistory();

  PromiseHistory(BusinessCalendar calendar, Duration callbackWindow) {
    this.calendar = calendar;
    this.callbackWindow = callbackWindow;
  }

  /** The promises the events make, each as it stands after the last of them. */
  List<Promise> read(List<TiedEvent> events) {
    events.forEach(this::apply);
    return List.copyOf(promises.values());
  }

  /** How the promise gave its deadline: {@code end-of-next-business-day}, {@code PT30M}, ... */
  String termsOf(Promise p) {
    return terms.get(p.getId());
  }

  Instant withdrawnAt(Promise p) {
    return withdrawn.get(p.getId());
  }

  /** True while a wait that has not ended holds the promise's clock. */
  boolean isPausedNow(Promise p) {
    return p.isOpen() && p.isPaused();
  }

  private void apply(TiedEvent t) {
    EngineEvent e = t.event();
    switch (e.type()) {
      case MATTER_OPENED, MATTER_ASSIGNED -> assignees.assign(e.time(), e.text("assignee"));
      case PROMISE_MADE -> promiseMade(e);
      case PROMISE_WITHDRAWN -> {
        Promise p = promises.get(e.text("promiseId"));
        if (p != null && p.isOpen()) {
          p.withdraw(e.time());
          withdrawn.put(p.getId(), e.time());
        }
      }
      case CONTACT_LOGGED -> contact(t);
      case DEPENDENCY_WAITING -> startWait(e.ref(), e.text("on"), e.time());
      case DEPENDENCY_CLEARED -> endWaits(e.text("on"), e.time(), e.ref());
      default -> {}
    }
  }

  private void promiseMade(EngineEvent e) {
    String madeTo = e.text("madeTo");
    String kind = e.text("kind");
    String target = "reply".equals(kind) || e.text("target") == null ? madeTo : e.text("target");
    String owner = e.text("owner") != null ? e.text("owner") : assignees.at(e.time());
    Instant due = PromiseTerms.due(e, calendar);
    add(
        new Promise(
            e.text("promiseId"),
            e.subject(),
            kind,
            e.text("madeBy"),
            madeTo,
            owner,
            target,
            e.time(),
            due,
            due,
            e.ref()),
        e.text("by") != null
            ? e.text("by")
            : e.text("within") != null ? e.text("within") : e.text("due"));
  }

  private void contact(TiedEvent t) {
    EngineEvent e = t.event();
    String outcome = e.text("outcome");
    if ("outbound".equals(e.text("direction"))) {
      if (!"no-answer".equals(outcome)) {
        keepWith(e, t.from());
      }
      if ("asked-to-wait".equals(outcome) && e.text("to") != null) {
        startWait(e.ref(), e.text("to"), e.time());
      }
      return;
    }
    if (t.from() != null) {
      endWaits(t.from(), e.time(), e.ref());
    }
    if ("callback-promised".equals(outcome) && t.from() != null) {
      String owner = t.askedForId() != null ? t.askedForId() : assignees.at(e.time());
      Instant due = e.time().plus(callbackWindow);
      add(
          new Promise(
              "callback-" + e.ref(),
              e.subject(),
              "callback",
              e.text("to"),
              t.from(),
              owner,
              t.from(),
              e.time(),
              due,
              due,
              e.ref()),
          callbackWindow.toString());
    }
  }

  private void keepWith(EngineEvent contact, String from) {
    Instant at = contact.time();
    String to = contact.text("to");
    for (Promise p : promises.values()) {
      boolean inTime = !at.isBefore(p.getMadeAt()) && (!at.isAfter(p.getDue()) || p.isPaused());
      boolean byOwner =
          Objects.equals(from, p.getOwner()) || Objects.equals(from, assignees.at(at));
      String contacted = "reply".equals(p.getKind()) ? p.getMadeTo() : p.getTarget();
      if (p.isOpen() && inTime && byOwner && Objects.equals(to, contacted)) {
        p.keep(contact.ref(), at);
      }
    }
  }

  private void startWait(String ref, String on, Instant at) {
    Wait wait = new Wait(ref, null, on, at, null);
    waits.add(wait);
    promises.values().stream()
        .filter(p -> p.isOpen() && p.getDue().isAfter(at))
        .forEach(p -> p.pause(ref, at));
  }

  private void endWaits(String on, Instant at, String ref) {
    for (Wait w : waits) {
      if (w.isOpen() && Objects.equals(w.getOn(), on) && !at.isBefore(w.getStartedAt())) {
        w.end(at, ref);
        promises.values().forEach(p -> p.resume(w.getRef(), at));
      }
    }
  }

  private void add(Promise p, String termsGiven) {
    promises.putIfAbsent(p.getId(), p);
    terms.putIfAbsent(p.getId(), termsGiven);
  }

  /** Who the matter was assigned to at each moment. */
  private static final class AssigneeHistory {
    private final List<Instant> since = new ArrayList<>();
    private final List<String> who = new ArrayList<>();

    void assign(Instant at, String assignee) {
      if (assignee != null) {
        since.add(at);
        who.add(assignee);
      }
    }

    String at(Instant time) {
      String current = null;
      for (int i = 0; i < since.size() && !since.get(i).isAfter(time); i++) {
        current = who.get(i);
      }
      return current;
    }
  }
}
