package dev.yakusoku.ingest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/** The 202 body ({@code accepted}, {@code duplicates}) and the newly stored events to publish. */
public record IngestResult(int accepted, int duplicates, @JsonIgnore List<EventLog.Keyed> stored) {}
