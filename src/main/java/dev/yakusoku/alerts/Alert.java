package dev.yakusoku.alerts;

import dev.yakusoku.access.AlertScope;
import dev.yakusoku.persistence.StringListJson;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;

/** An alert to a manager (contract section 2), kept once per dedup key until resolved. */
@Entity
@Table(name = "alert")
public class Alert extends PanacheEntityBase {
  @Id public String id;
  public String type;
  public String severity;

  @Column(name = "matter_id")
  public String matterId;

  public String team;
  public String manager;
  public String summary;

  @Column(name = "dedup_key")
  public String dedupKey;

  public int occurrences;

  @Column(name = "first_raised_at")
  public Instant firstRaisedAt;

  @Column(name = "last_raised_at")
  public Instant lastRaisedAt;

  public String state;

  /**
   * The dedup key while the alert is not resolved, else null: a unique constraint on it keeps
   * replicas from opening the same alert twice.
   */
  @Column(name = "open_dedup_key")
  String openDedupKey;

  // lists are replaced, never changed in place (see #note), so a flush compares them by reference
  @Convert(converter = StringListJson.class)
  @Mutability(Immutability.class)
  public List<String> evidence = new ArrayList<>();

  @Convert(converter = StringListJson.class)
  @Mutability(Immutability.class)
  public List<String> notes = new ArrayList<>();

  public String rule;

  @Column(name = "rule_set")
  public String ruleSet;

  @Column(name = "acknowledged_by")
  public String acknowledgedBy;

  @Column(name = "acknowledged_at")
  public Instant acknowledgedAt;

  @Column(name = "resolved_by")
  public String resolvedBy;

  @Column(name = "resolved_at")
  public Instant resolvedAt;

  @Column(name = "resolution")
  public String resolution;

  /** The last verdict a manager gave, {@link Verdict#USEFUL} or {@link Verdict#NOISE}. */
  public String verdict;

  /** Wall-clock time the alert was first stored, where engine times say when it was raised. */
  @Column(name = "created_at")
  public Instant createdAt;

  /** Engine time at which a snoozed alert returns to open. */
  @Column(name = "snoozed_until")
  public Instant snoozedUntil;

  @Column(name = "snoozed_by")
  public String snoozedBy;

  /** The team whose manager holds the alert after escalation; null while it is with its own. */
  @Column(name = "escalation_team")
  public String escalationTeam;

  @Column(name = "escalated_from")
  public String escalatedFrom;

  @Column(name = "escalated_at")
  public Instant escalatedAt;

  /** Engine time from which the escalation deadline counts: raised, escalated or woken. */
  @Column(name = "waiting_since")
  public Instant waitingSince;

  /**
   * The team holding the alert had no team above it when its escalation deadline passed: the ladder
   * reads it again only once a team changes (see {@link EscalationLadder}).
   */
  @Column(name = "ladder_top")
  public boolean ladderTop;

  /** Bumped by every change, so a change made from a stale read fails instead of overwriting. */
  @Version public long version;

  /** What the latest change in this transaction tells managers; not stored. */
  @Transient AlertEvent told;

  /** A new alert from the first occurrence of its dedup key. */
  public static Alert from(AlertSignal s) {
    Alert a = new Alert();
    a.id = idOf(s.dedupKey(), s.raisedAt());
    a.type = s.type();
    a.severity = s.severity();
    a.matterId = s.matterId();
    a.team = s.team();
    a.manager = s.manager();
    a.summary = s.summary();
    a.dedupKey = s.dedupKey();
    a.occurrences = 1;
    a.firstRaisedAt = s.raisedAt();
    a.lastRaisedAt = s.raisedAt();
    a.waitingSince = s.raisedAt();
    a.state = AlertState.OPEN;
    a.evidence = new ArrayList<>(s.evidence());
    a.notes = new ArrayList<>(s.notes());
    a.rule = s.rule();
    a.ruleSet = s.ruleSet();
    a.told = AlertEvent.RAISED;
    return a;
  }

  /** A stored alert of what an in-order judgement raised ({@link Rejudgement}). */
  static Alert copyOf(Alert judged) {
    Alert a = new Alert();
    a.id = judged.id;
    a.type = judged.type;
    a.severity = judged.severity;
    a.matterId = judged.matterId;
    a.team = judged.team;
    a.manager = judged.manager;
    a.summary = judged.summary;
    a.dedupKey = judged.dedupKey;
    a.occurrences = judged.occurrences;
    a.firstRaisedAt = judged.firstRaisedAt;
    a.lastRaisedAt = judged.lastRaisedAt;
    a.waitingSince = judged.waitingSince;
    a.state = judged.state;
    a.evidence = new ArrayList<>(judged.evidence);
    a.notes = new ArrayList<>(judged.notes);
    a.rule = judged.rule;
    a.ruleSet = judged.ruleSet;
    a.resolvedBy = judged.resolvedBy;
    a.resolvedAt = judged.resolvedAt;
    a.resolution = judged.resolution;
    a.told = a.isResolved() ? null : AlertEvent.RAISED;
    return a;
  }

  /**
   * Takes what an in-order judgement of the same alert says of when it was raised, how often, on
   * what evidence and in what words: that judgement is the truth; notes are kept and added to, as
   * people's notes are among them. Answers whether anything changed.
   */
  boolean learnFrom(Alert judged) {
    boolean changed =
        occurrences != judged.occurrences
            || !firstRaisedAt.equals(judged.firstRaisedAt)
            || !lastRaisedAt.equals(judged.lastRaisedAt)
            || !evidence.equals(judged.evidence)
            || !java.util.Objects.equals(summary, judged.summary);
    if (judged.occurrences > occurrences) {
      told = AlertEvent.OCCURRED_AGAIN;
    }
    occurrences = judged.occurrences;
    firstRaisedAt = judged.firstRaisedAt;
    lastRaisedAt = judged.lastRaisedAt;
    evidence = new ArrayList<>(judged.evidence);
    summary = judged.summary;
    for (String n : judged.notes) {
      if (!notes.contains(n)) {
        note(n);
        changed = true;
      }
    }
    return changed;
  }

  /** The engine had resolved it, but its matter's events, judged in time order, keep it open. */
  void reopen(String why, Instant at, ZoneId zone) {
    state = AlertState.OPEN;
    resolvedBy = null;
    resolvedAt = null;
    resolution = null;
    waitingSince = at;
    told = AlertEvent.RAISED;
    note("reopened at " + AlertView.format(at, zone) + ": " + why);
  }

  /** Whether the engine, not a person, resolved it. */
  boolean resolvedByEngine() {
    return isResolved() && AlertLedger.ENGINE.equals(resolvedBy);
  }

  /** The same judgement again while this alert is not resolved: it grows instead of repeating. */
  public void occurAgain(AlertSignal s) {
    occurrences++;
    told = AlertEvent.OCCURRED_AGAIN;
    if (s.raisedAt().isAfter(lastRaisedAt)) {
      lastRaisedAt = s.raisedAt();
      summary = s.summary();
    }
    // two deadlines passed in one step of the clock may fire in either order: the first raising
    // is the earliest by event time, whichever was judged first
    if (s.raisedAt().isBefore(firstRaisedAt)) {
      firstRaisedAt = s.raisedAt();
    }
    cite(s.evidence());
    s.notes().stream().filter(n -> !notes.contains(n)).forEach(this::note);
  }

  public void acknowledge(String by, String note, Instant at) {
    state = AlertState.ACKNOWLEDGED;
    snoozedUntil = null;
    acknowledgedBy = by;
    acknowledgedAt = at;
    told = AlertEvent.ACKNOWLEDGED;
    if (note != null && !note.isBlank()) {
      note(by + ": " + note);
    }
  }

  public void resolve(String by, String reason, Instant at) {
    state = AlertState.RESOLVED;
    resolvedBy = by;
    resolvedAt = at;
    resolution = reason;
    told = AlertEvent.RESOLVED;
  }

  /** Quiet until the engine clock passes {@code until}; new occurrences only grow it meanwhile. */
  public void snooze(String by, Instant until, String note, ZoneId zone) {
    state = AlertState.SNOOZED;
    snoozedBy = by;
    snoozedUntil = until;
    note(
        by
            + " snoozed it until "
            + AlertView.format(until, zone)
            + (note == null || note.isBlank() ? "" : ": " + note));
  }

  /** The snooze is over at engine time {@code at}: the alert asks for attention again. */
  public void wake(Instant at, ZoneId zone) {
    state = AlertState.OPEN;
    waitingSince = at;
    told = AlertEvent.SNOOZE_ENDED;
    note("snooze ended at " + AlertView.format(at, zone));
  }

  /**
   * Moves the alert one rung up the ladder, to {@code team}'s manager, at engine time {@code at}.
   */
  public void escalate(String team, String toManager, Instant at, ZoneId zone, String why) {
    escalatedFrom = manager;
    escalatedAt = at;
    escalationTeam = team;
    manager = toManager;
    waitingSince = at;
    told = AlertEvent.ESCALATED;
    note(
        "escalated from "
            + escalatedFrom
            + " to "
            + toManager
            + " at "
            + AlertView.format(at, zone)
            + ": "
            + why);
  }

  /** Another judgement on the same matter recorded on this alert instead of one of its own. */
  public void attach(AlertSignal s, String why) {
    cite(s.evidence());
    note(why + ": " + s.summary());
  }

  /** Adds a note: the list is replaced, so the change is seen without comparing lists. */
  private void note(String n) {
    List<String> more = new ArrayList<>(notes);
    more.add(n);
    notes = more;
  }

  /** Adds the pieces of {@code more} evidence not cited yet. */
  private void cite(List<String> more) {
    List<String> added = more.stream().filter(e -> !evidence.contains(e)).distinct().toList();
    if (!added.isEmpty()) {
      List<String> all = new ArrayList<>(evidence);
      all.addAll(added);
      evidence = all;
    }
  }

  /** The team whose manager holds the alert now. */
  public String holdingTeam() {
    return escalationTeam != null ? escalationTeam : team;
  }

  /** A later verdict replaces an earlier one; no verdict keeps the one given. */
  public void judge(String verdict) {
    if (verdict != null) {
      this.verdict = verdict;
    }
  }

  public boolean isResolved() {
    return AlertState.RESOLVED.equals(state);
  }

  @PrePersist
  @PreUpdate
  void keepOpenDedupKey() {
    openDedupKey = isResolved() ? null : dedupKey;
  }

  /** Ids are derived from the first occurrence, so a scenario run gives the same ids each time. */
  static String idOf(String dedupKey, Instant firstRaisedAt) {
    return "a-" + DigestUtils.sha256Hex(dedupKey + "@" + firstRaisedAt).substring(0, 16);
  }

  public static Optional<Alert> findUnresolvedByDedupKey(String dedupKey) {
    return find("dedupKey = ?1 and state <> ?2", dedupKey, AlertState.RESOLVED)
        .firstResultOptional();
  }

  /** The alerts of the given matters that are not resolved. */
  static List<Alert> listUnresolvedOnMatters(Collection<String> matterIds) {
    return matterIds.isEmpty()
        ? List.of()
        : list("matterId in ?1 and state <> ?2", matterIds, AlertState.RESOLVED);
  }

  /** The unresolved alerts of no matter whose evidence cites {@code ref}. */
  static List<Alert> listUnresolvedWithoutMatterCiting(String ref) {
    // evidence is a JSON list in a text column: matched as text, then exactly
    @SuppressWarnings("unchecked")
    List<String> ids =
        getEntityManager()
            .createNativeQuery(
                "select id from alert where matter_id is null and state <> ?1 and evidence like ?2")
            .setParameter(1, AlertState.RESOLVED)
            .setParameter(2, "%" + ref.replace("%", "_").replace("\\", "_") + "%")
            .getResultList();
    return byIds(ids).values().stream().filter(a -> a.evidence.contains(ref)).toList();
  }

  /** The alerts with the given ids, by id. */
  static Map<String, Alert> byIds(Collection<String> ids) {
    Map<String, Alert> found = new HashMap<>();
    if (!ids.isEmpty()) {
      Alert.<Alert>list("id in ?1", ids).forEach(a -> found.put(a.id, a));
    }
    return found;
  }

  public static List<Alert> listUnresolvedOnMatter(String matterId, String type) {
    return list("matterId = ?1 and type = ?2 and state <> ?3", matterId, type, AlertState.RESOLVED);
  }

  /** Snoozed alerts whose snooze ended at or before engine time {@code now}. */
  public static List<Alert> listSnoozeEnded(Instant now) {
    return list("state = ?1 and snoozedUntil <= ?2", AlertState.SNOOZED, now);
  }

  /**
   * Open alerts of {@code severity} waiting since {@code cutoff} or earlier, but for those already
   * at the top of the ladder.
   */
  public static List<Alert> listOpenWaitingSince(String severity, Instant cutoff) {
    return list(
        "state = ?1 and severity = ?2 and waitingSince <= ?3 and ladderTop = false",
        AlertState.OPEN,
        severity,
        cutoff);
  }

  /** A team changed, so alerts at the top of the ladder may have a rung above them now. */
  public static int mayClimbAgain() {
    return update("ladderTop = false where ladderTop = true");
  }

  /** The alerts of {@code scope}'s teams matching the given filters (null = any), newest first. */
  public static List<Alert> search(
      AlertScope scope,
      String state,
      String team,
      String manager,
      String matter,
      String type,
      int limit) {
    if (!scope.everyTeam() && scope.teams().isEmpty()) {
      return List.of();
    }
    StringBuilder query = new StringBuilder("1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (!scope.everyTeam()) {
      query.append(" and team in :scope");
      params.put("scope", scope.teams());
    }
    filter(query, params, "state", state);
    filter(query, params, "team", team);
    filter(query, params, "manager", manager);
    filter(query, params, "matterId", matter);
    filter(query, params, "type", type);
    return find(
            query.toString(),
            Sort.descending("lastRaisedAt")
                .and("firstRaisedAt", Sort.Direction.Descending)
                .and("id"),
            params)
        .page(0, limit)
        .list();
  }

  private static void filter(
      StringBuilder query, Map<String, Object> params, String field, String value) {
    if (value != null && !value.isBlank()) {
      query.append(" and ").append(field).append(" = :").append(field);
      params.put(field, value);
    }
  }
}
