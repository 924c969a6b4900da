package dev.yakusoku.rules;

import dev.yakusoku.rules.RuleSetVersions.Trigger;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Watches the rules folder: when a rule or rule test file changes, the folder is loaded again and
 * goes live if it compiles and passes its rule tests. Polls (every {@code
 * yakusoku.rules.watch-every}), which also sees a Kubernetes ConfigMap swap its files.
 */
@ApplicationScoped
public class RulesFolderWatcher {
  private final LiveRuleSet rules;
  private final Clock wallClock;

  public RulesFolderWatcher(LiveRuleSet rules, Clock wallClock) {
    this.rules = rules;
    this.wallClock = wallClock;
  }

  @Scheduled(
      every = "${yakusoku.rules.watch-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void checkFolder() {
    if (rules.changedOnDisk()) {
      rules.load(Trigger.WATCH, wallClock.instant());
    }
  }
}
