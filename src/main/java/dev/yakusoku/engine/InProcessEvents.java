package dev.yakusoku.engine;

import dev.yakusoku.config.Channels;
import dev.yakusoku.config.Deployment;
import dev.yakusoku.events.EventsAccepted;
import dev.yakusoku.problems.Failures;
import io.quarkus.arc.profile.UnlessBuildProfile;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Embedded defaults: accepted events reach the live engine over the in-process channel {@code
 * events}, one commit at a time (a group of requests written together), in commit order. Clustered,
 * they travel over Kafka instead ({@link EventTopicConsumer}).
 */
@ApplicationScoped
@UnlessBuildProfile(Deployment.CLUSTER_PROFILE)
public class InProcessEvents {
  private static final Logger LOG = Logger.getLogger(InProcessEvents.class);

  private final LiveEngines engine;
  private final EngineBacklog backlog;
  private final Emitter<EventsAccepted> requests;

  public InProcessEvents(
      LiveEngines engine,
      EngineBacklog backlog,
      // bounded by admission (EngineBacklog): an event stored must never fail to reach the engine
      @Channel(Channels.EVENTS) @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
          Emitter<EventsAccepted> requests) {
    this.engine = engine;
    this.backlog = backlog;
    this.requests = requests;
  }

  void onAccepted(@Observes EventsAccepted accepted) {
    if (!accepted.events().isEmpty() || !accepted.retied().isEmpty()) {
      backlog.handedOver(accepted.events().size());
      earliestOf(accepted).ifPresent(backlog::hold);
      requests.send(accepted);
    }
  }

  @Incoming(Channels.EVENTS)
  @Blocking(ordered = true) // waits for the engine lock; rule firing is CPU work off the event loop
  public void onRequest(EventsAccepted request) {
    try {
      engine.accept(0, request.events(), request.retied());
    } catch (RuntimeException e) {
      // the channel must go on: the events are stored, and a rebuild judges them
      LOG.errorf(
          "judging %d stored events failed; a rebuild of the engines judges them: %s",
          request.events().size(), Failures.describe(e));
    } finally {
      backlog.judged(request.events().size());
      earliestOf(request).ifPresent(backlog::release);
    }
  }

  private static Optional<Instant> earliestOf(EventsAccepted request) {
    return request.events().stream().map(e -> e.event().time()).min(Instant::compareTo);
  }
}
