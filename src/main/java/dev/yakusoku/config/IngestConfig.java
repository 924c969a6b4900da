package dev.yakusoku.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** What ingestion accepts, and how it writes. See application.properties. */
@ConfigMapping(prefix = "yakusoku.ingest")
public interface IngestConfig {
  @WithDefault("1000")
  int maxBatch();

  /** Events waiting to be judged above which new requests are answered 503. */
  @WithDefault("20000")
  long maxBacklog();

  /** How far ahead of its event a deadline may lie: a due time, a follow-up, an absence's end. */
  @WithDefault("P365D")
  Duration horizon();

  /** How far ahead of the service's wall clock an event's {@code time} may be. */
  @WithDefault("PT5M")
  Duration maxClockSkew();

  /**
   * The most events one group commit writes: requests queued while a commit runs are written
   * together by the next, up to this many events (a request larger than this is its own group).
   */
  @WithDefault("5000")
  int groupCommitEvents();
}
