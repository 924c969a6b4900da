package dev.yakusoku.engine;

import dev.yakusoku.directory.CallerClues;
import dev.yakusoku.directory.CallerResolution;
import dev.yakusoku.directory.DirectoryEntry;
import dev.yakusoku.events.AcceptedEvent;
import dev.yakusoku.events.EventData;
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
    EventData data = e.data();
    if (data instanceof EventData.MatterOpened opened) {
      matterOpened(e, opened);
    } else if (data instanceof EventData.MatterAssigned assigned) {
      engine
          .openMatter(e.subject())
          .ifPresent(
              m -> {
                m.assign(assigned.assignee(), e.time());
                engine.changed(m);
              });
    } else if (data instanceof EventData.MatterResolved) {
      return new Inserted(e.subject(), engine.openMatter(e.subject()).isPresent());
    } else if (data instanceof EventData.PromiseMade made) {
      promiseMade(e, made);
    } else if (data instanceof EventData.PromiseWithdrawn withdrawn) {
      engine.insert(
          new PromiseWithdrawn(
              e.ref(), e.subject(), withdrawn.promiseId(), withdrawn.reason(), e.time()));
    } else if (data instanceof EventData.ContactLogged logged) {
      Contact contact = contact(e, logged, routing);
      engine.insert(contact);
      return new Inserted(contact.getMatterId(), false);
    } else if (data instanceof EventData.EscalationRaised raised) {
      engine.insert(
          new Escalation(
              e.ref(), e.subject(), e.time(), raised.by(), raised.to(), raised.channel(), null));
    } else if (data instanceof EventData.DependencyWaiting waiting) {
      engine.insert(new Wait(e.ref(), e.subject(), waiting.on(), e.time(), followUp(e, waiting)));
    } else if (data instanceof EventData.DependencyCleared cleared) {
      engine.insert(new WaitCleared(e.ref(), e.subject(), cleared.on(), e.time()));
    } else if (data instanceof EventData.StaffAvailability availability) {
      engine.putAvailability(
          new StaffAvailability(
              e.ref(),
              availability.staff(),
              availability.status(),
              e.time(),
              availability.until() == null
                  ? null
                  : OffsetDateTime.parse(availability.until()).toInstant()));
    } else {
      LOG.debugf("event type %s has no facts", e.type());
    }
    return new Inserted(e.subject(), false);
  }

  private void matterOpened(AcceptedEvent e, EventData.MatterOpened opened) {
    if (engine.openMatter(e.subject()).isPresent()) {
      return;
    }
    engine.open(
        new Matter(
            e.subject(),
            opened.client(),
            opened.endUser(),
            opened.team(),
            opened.assignee(),
            opened.title(),
            opened.flaggedUrgent(),
            e.time(),
            e.ref()));
  }

  private void promiseMade(AcceptedEvent e, EventData.PromiseMade made) {
    var calendar = engine.context().calendar();
    Instant due = PromiseTerms.due(e.time(), made, calendar);
    Instant atRisk =
        PromiseTerms.atRisk(
            e.time(),
            due,
            made.elapsedWindow(),
            engine.context().settings().atRiskShare(),
            calendar);
    engine.insert(
        new Promise(
            made.promiseId(),
            e.subject(),
            made.kind(),
            made.madeBy(),
            made.madeTo(),
            made.owner(),
            made.reaches(),
            e.time(),
            due,
            atRisk,
            e.ref()));
  }

  private Instant followUp(AcceptedEvent e, EventData.DependencyWaiting waiting) {
    String followUp = waiting.followUp();
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

  private Contact contact(AcceptedEvent e, EventData.ContactLogged logged, CallRouting routing) {
    boolean inbound = logged.inbound();
    String from = logged.from();
    String to = logged.to();
    String askedFor = logged.askedFor();
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
              .resolve(CallerClues.of(logged), engine.directory(), engine::openMattersOf);
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
        logged.channel(),
        logged.direction(),
        from,
        to,
        logged.callerName(),
        logged.callerPhone(),
        askedFor,
        askedForId,
        logged.outcome(),
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
