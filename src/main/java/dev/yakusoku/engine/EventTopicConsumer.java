package dev.yakusoku.engine;

import dev.yakusoku.Channels;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Clustered: the live engines judge the records of {@code yakusoku.events} from the partitions this
 * replica owns (see {@link EnginePartitionAssignment}), each by its partition's engine; the
 * record's key carries ingestion's decision of a call's matter ({@link CallRouting}). A record
 * judged before, by replay or as a copy the outbox published again, is ignored by the engine.
 */
@ApplicationScoped
@IfBuildProperty(name = "yakusoku.outbox.enabled", stringValue = "true")
public class EventTopicConsumer {
  private final LiveEngine engine;

  public EventTopicConsumer(LiveEngine engine) {
    this.engine = engine;
  }

  @Incoming(Channels.ENGINE_EVENTS)
  @Blocking(ordered = true) // waits for the engine lock; rule firing is CPU work off the event loop
  public void onRecord(ConsumerRecord<String, EngineEvent> record) {
    engine.apply(record.partition(), record.value(), record.key());
  }
}
