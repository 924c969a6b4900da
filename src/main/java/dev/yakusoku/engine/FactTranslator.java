package dev.yakusoku.engine;

import static dev.yakusoku.events.EventTypes.*;

import dev.yakusoku.directory.CallerClues;
import dev.yakusoku.directory.CallerResolution;
import dev.yakusoku.directory.DirectoryEntry;
import dev.yakusoku.events.AcceptedEvent;
import dev.yakusoku.facts.Contact;
import dev.yakusoku.facts.Escalation;
import dev.yakusoku.facts.Matter;
import dev.yakusoku.facts.Promise;
import dev.yakusoku.facts.PromiseWithdrawn;
import dev.yakusoku.facts.StaffAvailability;
import dev.yakusoku.facts.Wait;
import dev.yakusoku.facts.WaitCleared;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.logging.Logger;

/** Turns one event into the facts rules match on; the plumbing, none of the judgement. */
final class FactTranslator {
  private static final Logger LOG = Logger.getLogger(FactTranslator.class);

  private final Engine engine;

  FactTranslator(Engine engine) {
    this.engine = engine;
  }

  /** The matter an event's facts belong to (none for a matterless one), and whether it ends it. */
  record Inserted(String matterId, boolean resolvesMatter) {}

  /** Inserts the event's facts. */
  Inserted insert(AcceptedEvent e, CallRouting routing) {
    switch (e.type()) {
      case MATTER_OPENED -> matterOpened(e);
      case MATTER_ASSIGNED ->
          engine
              .openMatter(e.subject())
              .ifPresent(
                  m -> {
                    m.assign(e.text("assignee"), e.time());
                    engine.changed(m);
                  });
      case MATTER_RESOLVED -> {
        return new Inserted(e.subject(), engine.openMatter(e.subject()).isPresent());
      }
      case PROMISE_MADE -> promiseMade(e);
      case PROMISE_WITHDRAWN ->
          engine.insert(
              new PromiseWithdrawn(
                  e.ref(), e.subject(), e.text("promiseId"), e.text("reason"), e.time()));
      case CONTACT_LOGGED -> {
        Contact contact = contact(e, routing);
        engine.insert(contact);
        return new Inserted(contact.getMatterId(), false);
      }
      case ESCALATION_RAISED ->
          engine.insert(
              new Escalation(
                  e.ref(),
                  e.subject(),
                  e.time(),
                  e.text("by"),
                  e.text("to"),
                  e.text("channel"),
                  null));
      case DEPENDENCY_WAITING ->
          engine.insert(new Wait(e.ref(), e.subject(), e.text("on"), e.time(), followUp(e)));
      case DEPENDENCY_CLEARED ->
          engine.insert(new WaitCleared(e.ref(), e.subject(), e.text("on"), e.time()));
      case STAFF_AVAILABILITY ->
          engine.putAvailability(
              new StaffAvailability(
                  e.ref(),
                  e.text("staff"),
                  e.text("status"),
                  e.time(),
                  e.text("until") == null
                      ? null
                      : OffsetDateTime.parse(e.text("until")).toInstant()));
      default -> LOG.debugf("event type %s has no facts", e.type());
    }
    return new Inserted(e.subject(), false);
  }

  private void matterOpened(AcceptedEvent e) {
    if (engine.openMatter(e.subject()).isPresent()) {
      return;
    }
    engine.open(
        new Matter(
            e.subject(),
            e.text("client"),
            e.text("endUser"),
            e.text("team"),
            e.text("assignee"),
            e.text("title"),
            e.flag("urgent"),
            e.time(),
            e.ref()));
  }

  private void promiseMade(AcceptedEvent e) {
    var calendar = engine.context().calendar();
    Instant due = PromiseTerms.due(e, calendar);
    Instant atRisk =
        PromiseTerms.atRisk(
            e.time(),
            due,
            PromiseTerms.isElapsed(e),
            engine.context().settings().atRiskShare(),
            calendar);
    String madeTo = e.text("madeTo");
    String target =
        "reply".equals(e.text("kind")) || e.text("target") == null ? madeTo : e.text("target");
    engine.insert(
        new Promise(
            e.text("promiseId"),
            e.subject(),
            e.text("kind"),
            e.text("madeBy"),
            madeTo,
            e.text("owner"),
            target,
            e.time(),
            due,
            atRisk,
            e.ref()));
  }

  private Instant followUp(AcceptedEvent e) {
    String followUp = e.text("followUp");
    if (followUp == null) {
      return engine
          .context()
          .calendar()
          .plus(e.time(), engine.context().settings().defaultFollowUp());
    }
    if (followUp.startsWith("P")) {
      return engine.context().calendar().plus(e.time(), followUp);
    }
    return OffsetDateTime.parse(followUp).toInstant();
  }

  private Contact contact(AcceptedEvent e, CallRouting routing) {
    boolean inbound = Contact.INBOUND.equals(e.text("direction"));
    String from = e.text("from");
    String to = e.text("to");
    String askedFor = e.text("askedFor");
    String matterId = e.subject();
    String tiedBy = null;
    String candidates = null;
    String askedForId = null;
    boolean needsResolution = matterId == null || (inbound && (from == null || askedFor != null));
    if (needsResolution) {
      CallerResolution r =
          engine
              .context()
              .resolver()
              .resolve(CallerClues.of(e), engine.directory(), engine::openMattersOf);
      askedForId = r.askedForId().orElse(null);
      if (inbound && from == null) {
        from = r.callerId().orElse(null);
      }
      if (matterId == null) {
        matterId = routing.tie(r.matterId()).orElse(null);
        tiedBy = inbound || matterId != null ? r.how() : null;
        String overruled = routing.overruling(r.matterId()).orElse(null);
        if (overruled != null) {
          tiedBy = tiedBy == null ? overruled : tiedBy + "; " + overruled;
        }
        candidates = describe(r);
      }
    }
    return new Contact(
        e.ref(),
        matterId,
        e.time(),
        e.text("channel"),
        e.text("direction"),
        from,
        to,
        e.text("callerName"),
        e.text("callerPhone"),
        askedFor,
        askedForId,
        e.text("outcome"),
        tiedBy,
        candidates,
        deskTeam(to, askedForId));
  }

  private String deskTeam(String to, String askedForId) {
    return engine
        .party(to)
        .or(() -> engine.party(askedForId))
        .map(DirectoryEntry::team)
        .orElse(null);
  }

  private static String describe(CallerResolution r) {
    return "callers "
        + list(r.candidateCallers())
        + ", matters "
        + list(r.candidateMatters())
        + ", staff asked for "
        + list(r.candidateStaff());
  }

  private static String list(List<String> ids) {
    return ids.isEmpty() ? "none" : String.join(" ", ids);
  }
}
