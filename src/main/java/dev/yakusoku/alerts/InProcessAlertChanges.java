package dev.yakusoku.alerts;

import dev.yakusoku.config.Channels;
import dev.yakusoku.config.Deployment;
import io.quarkus.arc.profile.UnlessBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/** Embedded defaults: alert changes reach this process's live stream over an in-process channel. */
@ApplicationScoped
@UnlessBuildProfile(Deployment.CLUSTER_PROFILE)
public class InProcessAlertChanges implements AlertChanges {
  private final Emitter<AlertView> changes;
  private final Instance<AlertFeed> feed;

  public InProcessAlertChanges(
      // bounded by the events admitted (see EngineBacklog); no change may be dropped
      @Channel(Channels.ALERTS) @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
          Emitter<AlertView> changes,
      Instance<AlertFeed> feed) {
    this.changes = changes;
    this.feed = feed;
  }

  @Override
  public void publish(AlertView alert) {
    changes.send(alert);
  }

  @Incoming(Channels.ALERTS)
  void onChange(AlertView alert) {
    feed.get().onChange(alert);
  }
}
