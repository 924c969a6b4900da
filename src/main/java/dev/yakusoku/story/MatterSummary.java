package dev.yakusoku.story;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.yakusoku.events.AcceptedEvent;
import dev.yakusoku.events.EventData;
import dev.yakusoku.events.EventData.MatterOpened;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** A matter as its {@code matter.*} events describe it; {@code assignee} is the latest. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MatterSummary(
    String id,
    String title,
    String client,
    String endUser,
    String team,
    String assignee,
    boolean urgent,
    String openedAt,
    String resolvedAt) {

  /** The matter as its events in time order tell it; null when there is no matter. */
  static MatterSummary of(String matterId, List<AcceptedEvent> events, ZoneId zone) {
    if (matterId == null) {
      return null;
    }
    AcceptedEvent openedBy = null;
    MatterOpened opened = null;
    String assignee = null;
    Instant resolvedAt = null;
    for (AcceptedEvent e : events) {
      if (e.data() instanceof MatterOpened o) {
        if (opened == null) {
          openedBy = e;
          opened = o;
        }
        assignee = o.assignee() == null ? assignee : o.assignee();
      } else if (e.data() instanceof EventData.MatterAssigned a) {
        assignee = a.assignee();
      } else if (e.data() instanceof EventData.MatterResolved) {
        resolvedAt = e.time();
      }
    }
    if (opened == null) {
      return new MatterSummary(
          matterId,
          null,
          null,
          null,
          null,
          assignee,
          false,
          null,
          StoryService.format(resolvedAt, zone));
    }
    return new MatterSummary(
        matterId,
        opened.title(),
        opened.client(),
        opened.endUser(),
        opened.team(),
        assignee,
        opened.flaggedUrgent(),
        StoryService.format(openedBy.time(), zone),
        StoryService.format(resolvedAt, zone));
  }
}
