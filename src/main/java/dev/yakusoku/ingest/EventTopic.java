package dev.yakusoku.ingest;

import dev.yakusoku.config.Channels;
import dev.yakusoku.config.Deployment;
import dev.yakusoku.events.AcceptedEvent;
import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * The topic {@code yakusoku.events}, as the outbox relay writes to it: one record per event, under
 * the key its outbox row names, acknowledged once the broker has it.
 */
@ApplicationScoped
@IfBuildProfile(Deployment.CLUSTER_PROFILE)
public class EventTopic {
  private final Emitter<AcceptedEvent> topic;

  public EventTopic(
      // the relay waits for every batch's acks, so at most one batch is ever buffered
      @Channel(Channels.PUBLISHED_EVENTS)
          @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 65536)
          Emitter<AcceptedEvent> topic) {
    this.topic = topic;
  }

  /** Sends one event; the answer completes when the broker acks it, or fails when it will not. */
  CompletableFuture<Void> send(AcceptedEvent event, String key) {
    CompletableFuture<Void> acked = new CompletableFuture<>();
    topic.send(
        Message.of(event)
            .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build())
            .withAck(
                () -> {
                  acked.complete(null);
                  return CompletableFuture.completedFuture(null);
                })
            .withNack(
                failure -> {
                  acked.completeExceptionally(failure);
                  return CompletableFuture.completedFuture(null);
                }));
    return acked;
  }
}
