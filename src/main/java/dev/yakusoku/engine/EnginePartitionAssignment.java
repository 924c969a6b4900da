package dev.yakusoku.engine;

import dev.yakusoku.config.Deployment;
import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Clustered: follows the consumer group's assignment of {@code yakusoku.events}. A partition taken
 * over gets an engine rebuilt from the stored log of its open matters before any of its records is
 * read (the callback runs before the consumer fetches), so events the previous owner judged, or
 * that were stored and not yet published, count once; a partition given up drops its engine.
 */
@ApplicationScoped
@IfBuildProfile(Deployment.CLUSTER_PROFILE)
@Identifier(EnginePartitionAssignment.NAME)
public class EnginePartitionAssignment implements KafkaConsumerRebalanceListener {
  /** The name {@code consumer-rebalance-listener.name} gives in application.properties. */
  public static final String NAME = "engine-partitions";

  private final LiveEngines engine;

  public EnginePartitionAssignment(LiveEngines engine) {
    this.engine = engine;
  }

  @Override
  public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
    if (partitions.isEmpty()) {
      return;
    }
    String topic = partitions.iterator().next().topic();
    Partitioning partitioning = new Partitioning(consumer.partitionsFor(topic).size());
    engine.take(partitions.stream().map(TopicPartition::partition).toList(), partitioning);
  }

  @Override
  public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
    engine.release(partitions.stream().map(TopicPartition::partition).toList());
  }

  @Override
  public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
    onPartitionsRevoked(consumer, partitions);
  }
}
