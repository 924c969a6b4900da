package dev.yakusoku.ingest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * The 202 body ({@code accepted}, {@code duplicates}), the newly stored events to publish, and the
 * stored calls whose matter their arrival changed.
 */
public record IngestResult(
    int accepted,
    int duplicates,
    @JsonIgnore List<EventLog.Keyed> stored,
    @JsonIgnore List<MatterRouting.Retied> retied) {}
