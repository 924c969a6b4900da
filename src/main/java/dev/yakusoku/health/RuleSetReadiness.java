package dev.yakusoku.health;

import dev.yakusoku.engine.LiveEngines;
import dev.yakusoku.rules.LiveRuleSet;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once a rule set is loaded and the live engine runs on it (the database has its own check);
 * not ready while the engines could not be rebuilt on the loaded set and judge by the one before.
 */
@Readiness
@ApplicationScoped
public class RuleSetReadiness implements HealthCheck {
  private final LiveRuleSet rules;
  private final LiveEngines engine;

  public RuleSetReadiness(LiveRuleSet rules, LiveEngines engine) {
    this.rules = rules;
    this.engine = engine;
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("rule-set")
            .status(
                rules.current().isPresent()
                    && engine.isLive()
                    && engine.rebuildFailure().isEmpty());
    // the engines judge on by the rule set before it until a rebuild works
    engine.rebuildFailure().ifPresent(why -> response.withData("engineError", why));
    engine.ruleSetVersion().ifPresent(v -> response.withData("engineRuleSet", v));
    rules.current().ifPresent(rs -> response.withData("version", rs.version()));
    engine.now().ifPresent(now -> response.withData("engineTime", now.toString()));
    // the partitions of yakusoku.events judged here (always [0] on embedded defaults)
    response.withData("partitions", engine.partitions().toString());
    if (!rules.errors().isEmpty()) {
      response.withData("errors", rules.errors().toString());
    }
    return response.build();
  }
}
