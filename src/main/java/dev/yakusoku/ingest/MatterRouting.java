package dev.yakusoku.ingest;

import dev.yakusoku.directory.CallerClues;
import dev.yakusoku.directory.CallerResolution;
import dev.yakusoku.directory.DirectoryEntry;
import dev.yakusoku.directory.DirectoryIndex;
import dev.yakusoku.directory.DirectoryService;
import dev.yakusoku.directory.OpenMatterRef;
import dev.yakusoku.engine.EngineContext;
import dev.yakusoku.events.AcceptedEvent;
import dev.yakusoku.events.EventData.ContactLogged;
import dev.yakusoku.events.RetiedCall;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides, as an event is accepted, which matter it belongs to: its subject, or for a {@code
 * contact.logged} without one the caller's one matter open at the call's own time (by the event
 * times of matters' openings and resolutions), found by the identity resolution the engine uses.
 * When a matter's opening or resolution arrives after calls it would have tied or untied, their
 * decision is taken again. Clustered, the matter keys the event's record, so a main-line call
 * reaches the partition, and the replica, that holds its matter.
 */
@ApplicationScoped
public class MatterRouting {
  private final EngineContext context;
  private final DirectoryService directory;
  private final EventLog log;
  private DirectoryIndex index;

  public MatterRouting(EngineContext context, DirectoryService directory, EventLog log) {
    this.context = context;
    this.directory = directory;
    this.log = log;
  }

  /** Routes the events of one request, or of one group of requests written together. */
  public Batch batch() {
    return new Batch();
  }

  /**
   * The directory as identity resolution reads it: read from the store when first needed, then kept
   * up to date by every change stored here. Clustered, a change stored through another replica is
   * read again within {@code yakusoku.directory.refresh-every}, as the engines read it.
   */
  private synchronized DirectoryIndex index() {
    if (index == null) {
      index = DirectoryIndex.of(context.resolver().phones(), directory.entries());
    }
    return index;
  }

  synchronized void onParty(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) DirectoryEntry party) {
    if (index != null) {
      index.put(party);
    }
  }

  @Scheduled(
      every = "${yakusoku.directory.refresh-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  public synchronized void readDirectoryAgain() {
    index = null;
  }

  /** Where an event belongs: the matter it is filed under, and for a call, who called. */
  public record Route(String matter, String caller) {
    static final Route NONE = new Route(null, null);
  }

  /** One request's routing, inside the transaction that stores it. */
  public final class Batch {
    private Batch() {}

    /** Where {@code event} belongs, given the matters stored so far. */
    public Route route(AcceptedEvent event) {
      if (event.subject() != null) {
        return new Route(event.subject(), null);
      }
      if (!(event.data() instanceof ContactLogged contact)) {
        return Route.NONE;
      }
      CallerResolution r;
      synchronized (MatterRouting.this) {
        r =
            context
                .resolver()
                .resolve(
                    CallerClues.of(contact), index(), party -> openMattersOf(party, event.time()));
      }
      return new Route(r.matterId().orElse(null), r.callerId().orElse(null));
    }

    /**
     * Takes again the decision for the calls from the given matters' parties at or after each
     * matter's {@code from} (its opening or resolution, by event time): a call with one open matter
     * at its time is tied to it, any other is tied to none. The calls are read in one query.
     * Answers those whose matter changed, with their new record key.
     */
    public List<RetiedCall> reconsider(Map<MatterRecord, Instant> changed) {
      Map<String, Instant> earliestByParty = new HashMap<>();
      changed.forEach(
          (matter, from) ->
              matter
                  .parties()
                  .forEach(party -> earliestByParty.merge(party, from, Batch::earlier)));
      if (earliestByParty.isEmpty()) {
        return List.of();
      }
      Instant from = earliestByParty.values().stream().min(Instant::compareTo).orElseThrow();
      List<RetiedCall> retied = new ArrayList<>();
      for (StoredEvent call : StoredEvent.callsFrom(earliestByParty.keySet(), from)) {
        if (call.time.isBefore(earliestByParty.get(call.caller))) {
          continue;
        }
        List<OpenMatterRef> open = openMattersOf(call.caller, call.time);
        String tie = open.size() == 1 ? open.get(0).id() : null;
        if (!Objects.equals(tie, call.matterKey)) {
          String previous = call.matterKey;
          call.matterKey = tie;
          OutboxEntry.readdress(call);
          retied.add(new RetiedCall(log.keyed(call), previous));
        }
      }
      return retied;
    }

    private static Instant earlier(Instant a, Instant b) {
      return a.isBefore(b) ? a : b;
    }
  }

  private static List<OpenMatterRef> openMattersOf(String party, Instant time) {
    return MatterRecord.openOf(party, time).stream()
        .map(m -> new OpenMatterRef(m.id, m.client, m.endUser, null, null))
        .toList();
  }
}
