package dev.yakusoku.facts;

import java.time.Instant;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** A piece of client work, opened by {@code matter.opened}, owned by a team and an assignee. */
public class Matter implements MatterScoped {
  private final String id;
  private final String client;
  private final String endUser;
  private final String team;
  private final String title;
  private final boolean urgent;
  private final Instant openedAt;
  private final String ref;
  private final NavigableMap<Instant, String> assignees = new TreeMap<>();

  public Matter(
      String id,
      String client,
      String endUser,
      String team,
      String assignee,
      String title,
      boolean urgent,
      Instant openedAt,
      String ref) {
    this.id = id;
    this.client = client;
    this.endUser = endUser;
    this.team = team;
    this.title = title;
    this.urgent = urgent;
    this.openedAt = openedAt;
    this.ref = ref;
    if (assignee != null) {
      assignees.put(openedAt, assignee);
    }
  }

  public String getId() {
    return id;
  }

  @Override
  public String getMatterId() {
    return id;
  }

  public String getClient() {
    return client;
  }

  public String getEndUser() {
    return endUser;
  }

  public String getTeam() {
    return team;
  }

  public String getTitle() {
    return title;
  }

  public boolean isUrgent() {
    return urgent;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  /** The {@code source/id} of the event that opened the matter. */
  public String getRef() {
    return ref;
  }

  /** The assignee now, that is after the latest assignment by event time. */
  public String getAssignee() {
    return assignees.isEmpty() ? null : assignees.lastEntry().getValue();
  }

  /** When the assignee now was assigned (the matter's opening, if never since). */
  public Instant getAssignedAt() {
    return assignees.isEmpty() ? openedAt : assignees.lastKey();
  }

  /** The assignee at an event time; assignments are ordered by their own time, not arrival. */
  public String assigneeAt(Instant time) {
    Map.Entry<Instant, String> entry = assignees.floorEntry(time);
    return entry == null ? null : entry.getValue();
  }

  public void assign(String assignee, Instant at) {
    assignees.put(at, assignee);
  }

  /** True when the party is the matter's client or end user. */
  public boolean concerns(String party) {
    return party != null && (party.equals(client) || party.equals(endUser));
  }

  @Override
  public String toString() {
    return "Matter[" + id + "]";
  }
}
