package dev.yakusoku;

/**
 * Reactive Messaging channel names. In-process on embedded defaults; each maps to a broker topic of
 * the same name when the service runs clustered.
 */
public final class Channels {
  /** Accepted events, in acceptance order, keyed by matter id. */
  public static final String EVENTS = "events";

  /** Engine judgements: raise or disprove an alert occurrence, keyed by matter id. */
  public static final String ALERT_SIGNALS = "alert-signals";

  /**
   * Accepted events published to the topic {@code yakusoku.events}, keyed by matter id; clustered
   * only, by the outbox relay (see {@code ingest.OutboxRelay}).
   */
  public static final String PUBLISHED_EVENTS = "published-events";

  /** Alerts as stored after every change, for the live stream. */
  public static final String ALERTS = "alerts";

  private Channels() {}
}
