package dev.yakusoku.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The transactional outbox that relays stored events to Kafka (the cluster profile). See
 * application.properties.
 */
@ConfigMapping(prefix = "yakusoku.outbox")
public interface OutboxConfig {
  /** How often the relay looks for pending rows besides right after each commit (scheduler). */
  @WithDefault("1s")
  String relayEvery();

  /** Rows published per transaction. */
  @WithDefault("500")
  int batchSize();

  /** How long the relay waits for a batch's acks; longer than the producer's delivery timeout. */
  @WithDefault("PT30S")
  Duration ackTimeout();

  /** Rest after a failed pass, doubled after each further failure up to {@code retry-max}. */
  @WithDefault("PT1S")
  Duration retryMin();

  @WithDefault("PT1M")
  Duration retryMax();

  /** How long a published row is kept before it is pruned. */
  @WithDefault("P7D")
  Duration keepSent();

  /** How often published rows older than {@code keep-sent} are pruned (read by the scheduler). */
  @WithDefault("1h")
  String pruneEvery();
}
