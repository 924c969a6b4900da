package dev.yakusoku.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yakusoku.events.AcceptedEvent;
import dev.yakusoku.events.EventData;
import dev.yakusoku.events.KeyedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads the stored event log back as engine events. */
@ApplicationScoped
public class EventLog {
  private final ObjectMapper json;

  public EventLog(ObjectMapper json) {
    this.json = json;
  }

  /**
   * The events a restart replays, open matters' and matterless ones by {@code time} (calls of no
   * matter from {@code untiedSince} on), whose record key (see {@link StoredEvent#recordKey})
   * {@code keys} accepts, each with its key: those of the partitions a replica owns. Quarantined
   * events are left out.
   */
  @Transactional
  public List<KeyedEvent> forReplay(Predicate<String> keys, Instant untiedSince) {
    return StoredEvent.streamForReplay(untiedSince)
        .filter(e -> keys.test(e.recordKey()))
        .map(e -> new KeyedEvent(e.recordKey(), toEvent(e)))
        .toList();
  }

  /**
   * The stored events filed under the given matters, by {@code time}, each with its record key;
   * quarantined events are left out. What a matter is judged again from.
   */
  @Transactional
  public List<KeyedEvent> filedUnder(Collection<String> matters) {
    return StoredEvent.filedUnder(matters).stream()
        .map(e -> new KeyedEvent(e.recordKey(), toEvent(e)))
        .toList();
  }

  /** The stored events with the given sequence numbers, by sequence number. */
  @Transactional
  public Map<Long, AcceptedEvent> bySeq(Collection<Long> seqs) {
    return StoredEvent.withSeqs(seqs).stream().collect(Collectors.toMap(e -> e.seq, this::toEvent));
  }

  /** How many stored events have a {@code time} in [{@code from}, {@code to}). */
  @Transactional
  public long countBetween(Instant from, Instant to) {
    return StoredEvent.count("time >= ?1 and time < ?2", from, to);
  }

  /**
   * One page of the stored events with a {@code time} in [{@code from}, {@code to}), in {@code
   * time} order and acceptance order within a time, after {@code after} (null for the first page).
   */
  @Transactional
  public Page pageBetween(Instant from, Instant to, Position after, int size) {
    List<StoredEvent> rows =
        after == null
            ? StoredEvent.find("time >= ?1 and time < ?2 order by time, seq", from, to)
                .page(io.quarkus.panache.common.Page.ofSize(size))
                .list()
            : StoredEvent.find(
                    "time >= ?1 and time < ?2 and (time > ?3 or (time = ?3 and seq > ?4))"
                        + " order by time, seq",
                    from,
                    to,
                    after.time(),
                    after.seq())
                .page(io.quarkus.panache.common.Page.ofSize(size))
                .list();
    List<AcceptedEvent> events = rows.stream().map(this::toEvent).toList();
    Position last =
        rows.isEmpty()
            ? after
            : new Position(rows.get(rows.size() - 1).time, rows.get(rows.size() - 1).seq);
    return new Page(events, last, rows.size() == size);
  }

  /** Where a page of the log ended. */
  public record Position(Instant time, long seq) {}

  /** Events of the log, where they end, and whether more may follow. */
  public record Page(List<AcceptedEvent> events, Position end, boolean more) {}

  /**
   * A matter's story as stored: the events filed under it and the cited events (as {@code
   * <source>/<id>}) that were tied to it without a subject, in acceptance order.
   */
  @Transactional
  public List<AcceptedEvent> ofMatter(String matterId, Collection<String> citedRefs) {
    Stream<AcceptedEvent> filed =
        matterId == null
            ? Stream.empty()
            : StoredEvent.ofMatter(matterId).stream().map(this::toEvent);
    Set<String> wanted = Set.copyOf(citedRefs);
    Stream<AcceptedEvent> cited =
        StoredEvent.withEventIds(citedRefs.stream().map(EventLog::idOf).toList()).stream()
            .filter(e -> e.subject == null)
            .map(this::toEvent)
            .filter(e -> wanted.contains(e.ref()));
    return Stream.concat(filed, cited).toList();
  }

  /** Those of {@code matters} whose resolution is stored. */
  @Transactional
  public Set<String> resolvedAmong(Collection<String> matters) {
    return matters.isEmpty() ? Set.of() : Set.copyOf(MatterRecord.resolvedAmong(matters));
  }

  /** The stored event alerts cite as {@code ref}, with its record key. */
  @Transactional
  public Optional<KeyedEvent> byRef(String ref) {
    return StoredEvent.withEventIds(List.of(idOf(ref))).stream()
        .filter(e -> AcceptedEvent.refOf(e.source, e.eventId).equals(ref))
        .findFirst()
        .map(this::keyed);
  }

  /** The CloudEvents id of a ref: what follows its source's last slash. */
  private static String idOf(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  /** A stored event as engines read it, with its record key. */
  KeyedEvent keyed(StoredEvent e) {
    return new KeyedEvent(e.recordKey(), toEvent(e));
  }

  private AcceptedEvent toEvent(StoredEvent e) {
    try {
      return new AcceptedEvent(
          e.source,
          e.eventId,
          e.type,
          e.subject,
          e.time,
          json.readValue(e.data, EventData.BY_TYPE.get(e.type)));
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("stored event " + e.seq + " has unreadable data", ex);
    }
  }
}
