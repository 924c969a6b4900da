package dev.yakusoku.alerts;

import dev.yakusoku.config.Channels;
import dev.yakusoku.config.Deployment;
import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Clustered: alert changes go to the topic {@code yakusoku.alerts}, keyed by alert id, and every
 * replica reads the whole topic (a consumer group of its own) to feed its live stream, whichever
 * replica's engine raised the alert or whichever manager acted on it.
 */
@ApplicationScoped
@IfBuildProfile(Deployment.CLUSTER_PROFILE)
public class TopicAlertChanges implements AlertChanges {
  private final Emitter<AlertView> changes;
  private final Instance<AlertFeed> feed;

  public TopicAlertChanges(
      // a change is stored before it is announced: the stream may miss one, the store never
      @Channel(Channels.ALERT_CHANGES)
          @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 65536)
          Emitter<AlertView> changes,
      Instance<AlertFeed> feed) {
    this.changes = changes;
    this.feed = feed;
  }

  @Override
  public void publish(AlertView alert) {
    changes.send(
        Message.of(alert)
            .addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(alert.id()).build()));
  }

  @Incoming(Channels.ALERT_STREAM)
  void onChange(AlertView alert) {
    feed.get().onChange(alert);
  }
}
