package dev.yakusoku.engine;

import dev.yakusoku.config.Channels;
import dev.yakusoku.config.Deployment;
import dev.yakusoku.events.AcceptedEvent;
import dev.yakusoku.events.KeyedEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Clustered: the live engines judge the records of {@code yakusoku.events} from the partitions this
 * replica owns (see {@link EnginePartitionAssignment}), each by its partition's engine; the
 * record's key carries ingestion's decision of a call's matter ({@link CallRouting}). A record
 * judged before, by replay or as a copy the outbox published again, is ignored by the engine; one
 * that cannot be read as an event is handed to the dead-letter topic, and the consumer reads on.
 */
@ApplicationScoped
@IfBuildProfile(Deployment.CLUSTER_PROFILE)
public class EventTopicConsumer {
  private final LiveEngines engine;
  private final Counter unreadable;

  public EventTopicConsumer(LiveEngines engine, MeterRegistry metrics) {
    this.engine = engine;
    this.unreadable = metrics.counter("yakusoku.events.unreadable-records");
  }

  @Incoming(Channels.ENGINE_EVENTS)
  @Blocking(ordered = true) // waits for the engine lock; rule firing is CPU work off the event loop
  public void onRecord(ConsumerRecord<String, AcceptedEvent> record) {
    if (record.value() == null) {
      // nacked: the connector hands it to yakusoku.events.dead-letter and reads on
      unreadable.increment();
      throw new IllegalArgumentException(
          "record " + record.partition() + "/" + record.offset() + " is no event");
    }
    engine.accept(record.partition(), List.of(new KeyedEvent(record.key(), record.value())));
  }
}
