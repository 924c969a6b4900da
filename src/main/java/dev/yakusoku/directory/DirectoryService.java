package dev.yakusoku.directory;

import dev.yakusoku.persistence.Durable;
import dev.yakusoku.problems.FieldProblem;
import dev.yakusoku.problems.InvalidInputException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Teams and parties: stored and searchable. Every change is announced as a CDI event ({@link
 * TeamBody}, {@link DirectoryEntry}) so the live engine stays current.
 */
@ApplicationScoped
public class DirectoryService {
  private final PhoneNumbers phones;
  private final Event<TeamBody> teamChanges;
  private final Event<DirectoryEntry> partyChanges;

  public DirectoryService(
      PhoneNumbers phones, Event<TeamBody> teamChanges, Event<DirectoryEntry> partyChanges) {
    this.phones = phones;
    this.teamChanges = teamChanges;
    this.partyChanges = partyChanges;
  }

  /**
   * Creates or replaces a team; answers whether it was created. A parent whose own ladder leads
   * back to the team is refused: the escalation ladder must end.
   */
  @Durable
  @Transactional
  public boolean putTeam(TeamBody team) {
    refuseUnknownZone(team);
    refuseLoop(team);
    TeamRecord record = TeamRecord.findById(team.id());
    boolean created = record == null;
    if (created) {
      record = new TeamRecord();
      record.id = team.id();
    }
    record.name = team.name();
    record.manager = team.manager();
    record.parent = team.parent();
    record.zone = team.zone();
    record.persist();
    teamChanges.fire(body(record));
    return created;
  }

  private static void refuseUnknownZone(TeamBody team) {
    if (team.zone() != null && !ZoneId.getAvailableZoneIds().contains(team.zone())) {
      throw new InvalidInputException(
          "the body breaks the contract",
          List.of(
              FieldProblem.of(
                  "zone", "must be an IANA time zone id, such as Asia/Tokyo; not " + team.zone())));
    }
  }

  private static void refuseLoop(TeamBody team) {
    Set<String> seen = new HashSet<>(Set.of(team.id()));
    for (String up = team.parent(); up != null; ) {
      if (!seen.add(up)) {
        throw new InvalidInputException(
            "the body breaks the contract",
            List.of(FieldProblem.of("parent", "the ladder above " + up + " leads back to it")));
      }
      up = TeamRecord.<TeamRecord>findByIdOptional(up).map(t -> t.parent).orElse(null);
    }
  }

  /** Creates or replaces a party; answers whether it was created. */
  @Durable
  @Transactional
  public boolean putParty(PartyBody party) {
    PartyRecord record = PartyRecord.findById(party.id());
    boolean created = record == null;
    if (created) {
      record = new PartyRecord();
      record.id = party.id();
    }
    record.kind = party.kind();
    record.name = party.name();
    record.aliases = new ArrayList<>(party.aliases() == null ? List.of() : party.aliases());
    record.phones = new ArrayList<>(party.phones() == null ? List.of() : party.phones());
    record.team = party.team();
    record.organization = party.organization();
    record.persist();
    partyChanges.fire(record.toEntry());
    return created;
  }

  @Transactional
  public Optional<TeamBody> team(String id) {
    return TeamRecord.<TeamRecord>findByIdOptional(id).map(DirectoryService::body);
  }

  @Transactional
  public Optional<PartyBody> party(String id) {
    return PartyRecord.<PartyRecord>findByIdOptional(id).map(DirectoryService::body);
  }

  /** Parties whose name, alias or phone matches {@code q} as identity resolution compares them. */
  @Transactional
  public List<PartyBody> searchParties(String q) {
    List<PartyRecord> all = PartyRecord.listAll(Sort.ascending("id"));
    if (q == null || q.isBlank()) {
      return all.stream().map(DirectoryService::body).toList();
    }
    String key = NameKey.of(q);
    Optional<String> phone = phones.normalize(q);
    return all.stream()
        .filter(
            p ->
                NameKey.keysOf(p.name, p.aliases).stream().anyMatch(k -> k.contains(key))
                    || phone.isPresent()
                        && p.phones.stream().anyMatch(n -> phones.normalize(n).equals(phone)))
        .map(DirectoryService::body)
        .toList();
  }

  @Transactional
  public List<TeamBody> teams() {
    return TeamRecord.<TeamRecord>listAll(Sort.ascending("id")).stream()
        .map(DirectoryService::body)
        .toList();
  }

  @Transactional
  public List<DirectoryEntry> entries() {
    return PartyRecord.<PartyRecord>listAll(Sort.ascending("id")).stream()
        .map(PartyRecord::toEntry)
        .toList();
  }

  private static TeamBody body(TeamRecord t) {
    return new TeamBody(t.id, t.name, t.manager, t.parent, t.zone);
  }

  private static PartyBody body(PartyRecord p) {
    return new PartyBody(
        p.id,
        p.kind,
        p.name,
        List.copyOf(p.aliases),
        List.copyOf(p.phones),
        p.team,
        p.organization);
  }
}
