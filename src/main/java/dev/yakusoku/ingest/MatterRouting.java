package dev.yakusoku.ingest;

import dev.yakusoku.directory.DirectoryIndex;
import dev.yakusoku.directory.DirectoryService;
import dev.yakusoku.directory.OpenMatterRef;
import dev.yakusoku.engine.EngineContext;
import dev.yakusoku.engine.EngineEvent;
import dev.yakusoku.engine.EventTypes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * Decides, as an event is accepted, which matter it belongs to: its subject, or for a {@code
 * contact.logged} without one the caller's one open matter, found by the identity resolution the
 * engine uses. Clustered, that matter keys the event's record, so a main-line call reaches the
 * partition, and the replica, that holds its matter.
 */
@ApplicationScoped
public class MatterRouting {
  private final EngineContext context;
  private final DirectoryService directory;

  public MatterRouting(EngineContext context, DirectoryService directory) {
    this.context = context;
    this.directory = directory;
  }

  /** Routes the events of one request; the directory is read once, and only if needed. */
  public Batch batch() {
    return new Batch();
  }

  /** One request's routing, inside the transaction that stores it. */
  public final class Batch {
    private DirectoryIndex index;

    private Batch() {}

    /** The matter {@code event} belongs to, if any: open matters stored so far count. */
    public Optional<String> matterOf(EngineEvent event) {
      if (event.subject() != null) {
        return Optional.of(event.subject());
      }
      if (!EventTypes.CONTACT_LOGGED.equals(event.type())) {
        return Optional.empty();
      }
      if (index == null) {
        index = DirectoryIndex.of(context.resolver().phones(), directory.entries());
      }
      return context
          .resolver()
          .resolve(event.callerClues(), index, MatterRouting::openMattersOf)
          .matterId();
    }
  }

  private static List<OpenMatterRef> openMattersOf(String party) {
    return MatterRecord.openOf(party).stream()
        .map(m -> new OpenMatterRef(m.id, m.client, m.endUser, null, null))
        .toList();
  }
}
