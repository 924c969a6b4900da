package dev.yakusoku.ingest;

import dev.yakusoku.Channels;
import dev.yakusoku.engine.EngineEvent;
import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Clustered only: publishes every accepted event to the events topic, keyed by its matter id so a
 * matter's events stay in order on one partition. The event log is already committed when this
 * runs, so a failed publish loses nothing a replay cannot rebuild.
 */
@ApplicationScoped
@IfBuildProfile("cluster")
public class EventTopicPublisher {
  private static final Logger LOG = Logger.getLogger(EventTopicPublisher.class);

  private final Emitter<EngineEvent> topic;

  public EventTopicPublisher(
      @Channel(Channels.PUBLISHED_EVENTS)
          @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 65536)
          Emitter<EngineEvent> topic) {
    this.topic = topic;
  }

  void onAccepted(@Observes EventsAccepted accepted) {
    accepted.events().forEach(this::publish);
  }

  private void publish(EngineEvent event) {
    topic.send(
        Message.of(event)
            .addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(event.subject()).build())
            .withNack(
                failure -> {
                  LOG.warnf(failure, "%s is stored but not published", event.ref());
                  return CompletableFuture.completedFuture(null);
                }));
  }
}
