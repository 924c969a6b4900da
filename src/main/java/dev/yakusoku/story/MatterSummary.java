package dev.yakusoku.story;

import static dev.yakusoku.events.EventTypes.*;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.yakusoku.events.AcceptedEvent;
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
    AcceptedEvent opened = null;
    String assignee = null;
    Instant resolvedAt = null;
    for (AcceptedEvent e : events) {
      switch (e.type()) {
        case MATTER_OPENED -> {
          opened = opened == null ? e : opened;
          assignee = e.text("assignee") == null ? assignee : e.text("assignee");
        }
        case MATTER_ASSIGNED -> assignee = e.text("assignee");
        case MATTER_RESOLVED -> resolvedAt = e.time();
        default -> {}
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
        opened.text("title"),
        opened.text("client"),
        opened.text("endUser"),
        opened.text("team"),
        assignee,
        opened.flag("urgent"),
        StoryService.format(opened.time(), zone),
        StoryService.format(resolvedAt, zone));
  }
}
