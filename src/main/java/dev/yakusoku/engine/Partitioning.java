package dev.yakusoku.engine;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Utils;

/**
 * Which partition of {@code yakusoku.events} holds the records of a key: Kafka's default
 * partitioner for a String key (murmur2 of its UTF-8 bytes), so a replica can tell, from the stored
 * log alone, which events belong to the partitions it owns.
 */
public record Partitioning(int partitions) {
  /** Embedded defaults: every event in partition 0. */
  public static final Partitioning SINGLE = new Partitioning(1);

  public Partitioning {
    if (partitions < 1) {
      throw new IllegalArgumentException("a topic has at least one partition: " + partitions);
    }
  }

  /** The partition of records with {@code key}. */
  public int of(String key) {
    if (partitions == 1) {
      return 0;
    }
    return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
  }
}
