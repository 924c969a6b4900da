package dev.yakusoku.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.yakusoku.events.AcceptedEvent;
import java.time.Instant;

/**
 * A quarantined event as an admin reads it: the event ({@code seq} in the log, {@code ref} as
 * alerts cite it, its type, matter and time), where judging it failed ({@code stage}: translation,
 * rules, alert store or publishing), the error, when, and how many attempts failed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuarantineView(
    long seq,
    String ref,
    String type,
    String matter,
    Instant time,
    String stage,
    String error,
    Instant quarantinedAt,
    int attempts) {

  static QuarantineView of(QuarantinedEvent row, StoredEvent event) {
    return new QuarantineView(
        row.eventSeq,
        event == null ? null : AcceptedEvent.refOf(event.source, event.eventId),
        event == null ? null : event.type,
        event == null ? null : event.matterKey,
        event == null ? null : event.time,
        row.stage,
        row.error,
        row.quarantinedAt,
        row.attempts);
  }
}
