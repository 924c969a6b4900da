package dev.yakusoku.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Test;

class PartitioningTest {
  @Test
  void aKeyLandsOnThePartitionTheKafkaProducerPicksForIt() {
    Partitioning twelve = new Partitioning(12);
    IntStream.range(0, 2_000)
        .mapToObj(i -> i % 2 == 0 ? "M-" + i : "/source-" + i + "/まどぐち")
        .forEach(
            key ->
                assertThat(twelve.of(key))
                    .as(key)
                    .isEqualTo(
                        BuiltInPartitioner.partitionForKey(
                            key.getBytes(StandardCharsets.UTF_8), 12)));
  }

  @Test
  void embeddedDefaultsPutEveryKeyOnPartitionZero() {
    assertThat(Partitioning.SINGLE.of("M-1")).isZero();
    assertThat(Partitioning.SINGLE.of("/reception")).isZero();
  }

  @Test
  void aTopicHasAtLeastOnePartition() {
    assertThatThrownBy(() -> new Partitioning(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
