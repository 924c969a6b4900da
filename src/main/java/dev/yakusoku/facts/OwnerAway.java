package dev.yakusoku.facts;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A promise's owner was found away over its due time ({@code availability.drl}): held while the
 * {@code OWNER_AWAY} alert raised for it stands, so the alert is raised once and resolved when the
 * owner is back in time, the promise is kept or withdrawn, or it passes to someone else.
 */
public class OwnerAway implements MatterScoped {
  private final String matterId;
  private final String promiseId;
  private final String staff;
  private final Instant raisedAt;

  public OwnerAway(String matterId, String promiseId, String staff, Instant raisedAt) {
    this.matterId = matterId;
    this.promiseId = promiseId;
    this.staff = staff;
    this.raisedAt = raisedAt;
  }

  @Override
  public String getMatterId() {
    return matterId;
  }

  public String getPromiseId() {
    return promiseId;
  }

  /** The owner who is away. */
  public String getStaff() {
    return staff;
  }

  public Instant getRaisedAt() {
    return raisedAt;
  }

  /** The dedup key of the alert: one a promise and owner. */
  public String alertKey() {
    return "OWNER_AWAY:" + matterId + ":" + promiseId + ":" + staff;
  }

  /** The later of two instants: an owner-away alert is raised once both facts are known. */
  public static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /**
   * The staff of {@code owner}'s team (by the directory) other than the owner whose latest word is
   * not {@code away}, in id order; none when the owner is in no team.
   */
  public static List<String> availableTeammates(
      String owner, List<Party> staff, List<StaffAvailability> away) {
    String team =
        staff.stream()
            .filter(p -> p.getId().equals(owner))
            .map(Party::getTeam)
            .findFirst()
            .orElse(null);
    if (team == null) {
      return List.of();
    }
    Set<String> awayNow =
        away.stream().map(StaffAvailability::getStaff).collect(Collectors.toSet());
    return staff.stream()
        .filter(p -> team.equals(p.getTeam()) && !p.getId().equals(owner))
        .map(Party::getId)
        .filter(id -> !awayNow.contains(id))
        .sorted()
        .toList();
  }

  @Override
  public String toString() {
    return "OwnerAway[" + matterId + "/" + promiseId + " " + staff + "]";
  }
}
