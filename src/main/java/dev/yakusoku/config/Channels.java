package dev.yakusoku.config;

/**
 * Reactive Messaging channel names. On embedded defaults events and alert changes move over
 * in-process channels; clustered, over the Kafka topics {@code yakusoku.events} and {@code
 * yakusoku.alerts}, through channels of their own (a channel is either in-process or a
 * connector's).
 */
public final class Channels {
  /** Accepted events, a request at a time, in acceptance order (embedded defaults). */
  public static final String EVENTS = "events";

  /** Engine judgements: raise or disprove an alert occurrence, keyed by matter id. */
  public static final String ALERT_SIGNALS = "alert-signals";

  /**
   * Accepted events published to the topic {@code yakusoku.events}, keyed by matter id; clustered
   * only, by the outbox relay (see {@code ingest.OutboxRelay}).
   */
  public static final String PUBLISHED_EVENTS = "published-events";

  /**
   * Clustered: the records of {@code yakusoku.events} from the partitions this replica owns, for
   * its live engines.
   */
  public static final String ENGINE_EVENTS = "engine-events";

  /** Alerts as stored after every change, for the live stream (embedded defaults, in-process). */
  public static final String ALERTS = "alerts";

  /** Clustered: alerts as stored after every change, published to {@code yakusoku.alerts}. */
  public static final String ALERT_CHANGES = "alert-changes";

  /** Clustered: every replica's read of {@code yakusoku.alerts}, for its live stream. */
  public static final String ALERT_STREAM = "alert-stream";

  private Channels() {}
}
