package dev.yakusoku.ingest;

import dev.yakusoku.config.Deployment;
import dev.yakusoku.config.OutboxConfig;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Clustered only: deletes outbox rows published more than {@code yakusoku.outbox.keep-sent} ago, so
 * the table holds the rows waiting and a few days of history rather than one row per event ever
 * accepted. Rows waiting to be published are never pruned.
 */
@ApplicationScoped
@IfBuildProfile(Deployment.CLUSTER_PROFILE)
public class OutboxPruning {
  private static final Logger LOG = Logger.getLogger(OutboxPruning.class);

  private final OutboxConfig config;
  private final Clock wallClock;

  public OutboxPruning(OutboxConfig config, Clock wallClock) {
    this.config = config;
    this.wallClock = wallClock;
  }

  @Scheduled(
      every = "${yakusoku.outbox.prune-every}",
      delayed = "1m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void onSchedule() {
    long pruned = pruneSentBefore(wallClock.instant().minus(config.keepSent()));
    if (pruned > 0) {
      LOG.infof("outbox: pruned %d rows published before the last %s", pruned, config.keepSent());
    }
  }

  /** Deletes the rows published before {@code cutoff}; answers how many. */
  @Transactional
  public long pruneSentBefore(Instant cutoff) {
    return OutboxEntry.delete("sentAt < ?1", cutoff);
  }
}
