package dev.yakusoku.rules;

import dev.yakusoku.rules.RuleSetVersions.Trigger;

/**
 * A rule set went live (a CDI event, fired synchronously by {@link LiveRuleSet}): the engines
 * observe it and rebuild their state on it from the stored log.
 */
public record RuleSetWentLive(RuleSet ruleSet, Trigger trigger) {}
