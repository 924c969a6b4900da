package dev.yakusoku.facts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A promise made on a matter ({@code promise.made}, or a callback promised on an inbound call). Its
 * due time moves out by every span its matter waited on a party while it was open.
 */
public class Promise implements MatterScoped {
  public static final String OPEN = "open";
  public static final String KEPT = "kept";
  public static final String BROKEN = "broken";
  public static final String WITHDRAWN = "withdrawn";

  private final String id;
  private final String matterId;
  private final String kind;
  private final String madeBy;
  private final String madeTo;
  private final String owner;
  private final String target;
  private final Instant madeAt;
  private final Instant baseDue;
  private final Instant baseAtRisk;
  private final String ref;
  private final List<Pause> pauses = new ArrayList<>();
  private String state = OPEN;
  private String keptBy;
  private Instant keptAt;
  private boolean atRiskReported;
  private Instant withdrawnAt;
  private Instant due;
  private Instant atRiskAt;

  public Promise(
      String id,
      String matterId,
      String kind,
      String madeBy,
      String madeTo,
      String owner,
      String target,
      Instant madeAt,
      Instant baseDue,
      Instant baseAtRisk,
      String ref) {
    this.id = id;
    this.matterId = matterId;
    this.kind = kind;
    this.madeBy = madeBy;
    this.madeTo = madeTo;
    this.owner = owner;
    this.target = target;
    this.madeAt = madeAt;
    this.baseDue = baseDue;
    this.baseAtRisk = baseAtRisk;
    this.ref = ref;
    this.due = baseDue;
    this.atRiskAt = baseAtRisk;
  }

  public String getId() {
    return id;
  }

  @Override
  public String getMatterId() {
    return matterId;
  }

  /** {@code contact}, {@code callback} or {@code reply}. */
  public String getKind() {
    return kind;
  }

  public String getMadeBy() {
    return madeBy;
  }

  public String getMadeTo() {
    return madeTo;
  }

  /** Who must keep it; null means the matter's assignee. */
  public String getOwner() {
    return owner;
  }

  /** Who must keep it now: its owner, or else the matter's assignee (after any handing over). */
  public String ownerIn(Matter matter) {
    return owner != null ? owner : matter.getAssignee();
  }

  /** Who must be contacted: {@code madeTo} for a reply, the target (or madeTo) otherwise. */
  public String getTarget() {
    return target;
  }

  public Instant getMadeAt() {
    return madeAt;
  }

  public Instant getBaseDue() {
    return baseDue;
  }

  public String getRef() {
    return ref;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }

  public boolean isOpen() {
    return OPEN.equals(state);
  }

  public String getKeptBy() {
    return keptBy;
  }

  public Instant getKeptAt() {
    return keptAt;
  }

  public void keep(String contactRef, Instant at) {
    this.state = KEPT;
    this.keptBy = contactRef;
    this.keptAt = at;
  }

  /** When it was withdrawn; null unless it was. */
  public Instant getWithdrawnAt() {
    return withdrawnAt;
  }

  public void withdraw(Instant at) {
    this.state = WITHDRAWN;
    this.withdrawnAt = at;
  }

  /** True when the promise was made by {@code time} and neither kept nor withdrawn by then. */
  public boolean isOpenAt(Instant time) {
    return !madeAt.isAfter(time)
        && (keptAt == null || keptAt.isAfter(time))
        && (withdrawnAt == null || withdrawnAt.isAfter(time));
  }

  public boolean isAtRiskReported() {
    return atRiskReported;
  }

  public void setAtRiskReported(boolean atRiskReported) {
    this.atRiskReported = atRiskReported;
  }

  /** True while a wait on its matter holds the promise's clock. */
  public boolean isPaused() {
    return pauses.stream().anyMatch(p -> p.end() == null);
  }

  public boolean isPausedBy(String waitRef) {
    return pauses.stream().anyMatch(p -> p.waitRef().equals(waitRef));
  }

  /** True while the wait {@code waitRef} still holds this promise's clock. */
  public boolean isHeldBy(String waitRef) {
    return pauses.stream().anyMatch(p -> p.waitRef().equals(waitRef) && p.end() == null);
  }

  public void pause(String waitRef, Instant from) {
    pauses.add(new Pause(waitRef, from.isBefore(madeAt) ? madeAt : from, null));
  }

  public void resume(String waitRef, Instant at) {
    pauses.replaceAll(p -> p.waitRef().equals(waitRef) && p.end() == null ? p.endAt(at) : p);
    due = shifted(baseDue);
    atRiskAt = shifted(baseAtRisk);
  }

  /** The total span the promise's clock was held by waits that have ended. */
  public Duration getPausedFor() {
    return pauses.stream()
        .filter(p -> p.end() != null)
        .map(p -> Duration.between(p.start(), p.end()))
        .reduce(Duration.ZERO, Duration::plus);
  }

  /**
   * The due time moved out by every pause that has ended; an open pause adds its span on resume.
   */
  public Instant getDue() {
    return due;
  }

  /** {@link #getDue} in nanoseconds since the epoch, to compare with {@code Now.epochNanos}. */
  public long getDueEpochNanos() {
    return EpochNanos.of(due);
  }

  /** When the configured share of the promise's window has passed, after pauses. */
  public Instant getAtRiskAt() {
    return atRiskAt;
  }

  /**
   * {@link #getAtRiskAt} in nanoseconds since the epoch, to compare with {@code Now.epochNanos}.
   */
  public long getAtRiskAtEpochNanos() {
    return EpochNanos.of(atRiskAt);
  }

  private Instant shifted(Instant base) {
    Instant result = base;
    for (Pause p : sortedClosedPauses()) {
      if (p.start().isBefore(result)) {
        result = result.plus(Duration.between(p.start(), p.end()));
      }
    }
    return result;
  }

  private List<Pause> sortedClosedPauses() {
    return pauses.stream()
        .filter(p -> p.end() != null)
        .sorted(Comparator.comparing(Pause::start))
        .toList();
  }

  /**
   * The callback promised on an inbound call: owned by {@code owner}, due within the configured
   * window, at risk after the configured share of it.
   */
  public static Promise callback(Contact call, String matterId, String owner, EngineSettings s) {
    Instant due = call.getTime().plus(s.callbackWindow());
    Instant atRisk =
        call.getTime().plusMillis((long) (s.callbackWindow().toMillis() * s.atRiskShare()));
    String caller = call.getFrom();
    return new Promise(
        "callback-" + call.getRef(),
        matterId,
        "callback",
        call.getTo(),
        caller,
        owner,
        caller,
        call.getTime(),
        due,
        atRisk,
        call.getRef());
  }

  /** The dedup key of the alerts about this promise of a type. */
  public String alertKey(String type) {
    return type + ":" + matterId + ":" + id;
  }

  @Override
  public String toString() {
    return "Promise[" + matterId + "/" + id + " " + state + " due " + getDue() + "]";
  }

  private record Pause(String waitRef, Instant start, Instant end) {
    Pause endAt(Instant at) {
      return new Pause(waitRef, start, at.isBefore(start) ? start : at);
    }
  }
}
