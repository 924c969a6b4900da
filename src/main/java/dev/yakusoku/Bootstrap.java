package dev.yakusoku;

import dev.yakusoku.rules.LiveRuleSet;
import dev.yakusoku.rules.RuleSetVersions.Trigger;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Brings the live engine up from what is stored: loads the rules folder, whose rule set going live
 * rebuilds engine state from the directory and the event log ({@link
 * dev.yakusoku.rules.RuleSetWentLive}).
 */
@ApplicationScoped
public class Bootstrap {
  private static final Logger LOG = Logger.getLogger(Bootstrap.class);

  private final LiveRuleSet rules;
  private final Clock wallClock;

  public Bootstrap(LiveRuleSet rules, Clock wallClock) {
    this.rules = rules;
    this.wallClock = wallClock;
  }

  void onStart(@Observes StartupEvent event) {
    rules.load(Trigger.START, wallClock.instant());
    if (rules.current().isEmpty()) {
      LOG.error("no rule set compiles; events are stored but not judged until one does");
    }
  }
}
