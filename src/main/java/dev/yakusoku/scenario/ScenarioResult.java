package dev.yakusoku.scenario;

import dev.yakusoku.alerts.AlertView;
import dev.yakusoku.rules.RuleError;
import java.util.List;

/** Contract section 4: what a scenario run answers. */
public record ScenarioResult(List<AlertView> alerts, String ruleSet, List<RuleError> errors) {}
