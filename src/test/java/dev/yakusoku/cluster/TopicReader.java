package dev.yakusoku.cluster;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic of a real broker from its end at creation, as a plain consumer with no group, and
 * keeps the records a test is about.
 */
final class TopicReader implements AutoCloseable {
  static final String EVENTS = "yakusoku.events";

  private final KafkaConsumer<String, String> consumer;
  private final Predicate<ConsumerRecord<String, String>> mine;
  private final List<ConsumerRecord<String, String>> records = new ArrayList<>();

  TopicReader(
      String bootstrapServers, String topic, Predicate<ConsumerRecord<String, String>> mine) {
    this.mine = mine;
    consumer =
        new KafkaConsumer<>(
            Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
            new StringDeserializer(),
            new StringDeserializer());
    List<TopicPartition> partitions =
        consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
            .map(p -> new TopicPartition(p.topic(), p.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position);
  }

  /** Waits until at least {@code count} records of this test have arrived, and answers them all. */
  List<ConsumerRecord<String, String>> awaitAtLeast(int count, Duration atMost) {
    await().atMost(atMost).until(() -> poll().size() >= count);
    return List.copyOf(records);
  }

  /** Keeps reading for {@code span}, and answers every record of this test read so far. */
  List<ConsumerRecord<String, String>> readFor(Duration span) {
    await().pollDelay(span).atMost(span.plusSeconds(5)).until(() -> poll() != null);
    return List.copyOf(records);
  }

  private List<ConsumerRecord<String, String>> poll() {
    consumer
        .poll(Duration.ofMillis(200))
        .forEach(
            r -> {
              if (mine.test(r)) {
                records.add(r);
              }
            });
    return records;
  }

  @Override
  public void close() {
    consumer.close();
  }
}
