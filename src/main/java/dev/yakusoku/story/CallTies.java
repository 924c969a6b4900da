package dev.yakusoku.story;

import dev.yakusoku.directory.CallerClues;
import dev.yakusoku.directory.CallerResolution;
import dev.yakusoku.directory.CallerResolver;
import dev.yakusoku.directory.DirectoryEntry;
import dev.yakusoku.directory.OpenMatterRef;
import dev.yakusoku.engine.EngineEvent;
import dev.yakusoku.engine.EventTypes;
import java.util.List;

/**
 * Explains how an inbound call logged without a matter belongs to the story's matter, by the same
 * identity resolution that tied it: caller by phone or name, staff by the name asked for.
 */
final class CallTies {
  private final CallerResolver resolver;
  private final List<DirectoryEntry> directory;
  private final List<OpenMatterRef> matter;

  CallTies(CallerResolver resolver, List<DirectoryEntry> directory, MatterSummary matter) {
    this.resolver = resolver;
    this.directory = directory;
    this.matter =
        matter == null
            ? List.of()
            : List.of(
                new OpenMatterRef(
                    matter.id(),
                    matter.client(),
                    matter.endUser(),
                    matter.team(),
                    matter.assignee()));
  }

  TiedEvent tie(EngineEvent e) {
    boolean untiedCall =
        EventTypes.CONTACT_LOGGED.equals(e.type())
            && e.subject() == null
            && "inbound".equals(e.text("direction"));
    if (!untiedCall || matter.isEmpty()) {
      return TiedEvent.asStored(e);
    }
    CallerResolution r =
        resolver.resolve(
            new CallerClues(
                e.text("from"), e.text("callerPhone"), e.text("callerName"), e.text("askedFor")),
            directory,
            matter);
    return new TiedEvent(
        e, r.callerId().orElse(null), r.askedForId().orElse(null), r.tied() ? r.how() : null);
  }
}
