package dev.yakusoku.alerts;

/**
 * One stored change of an alert that its managers are told of: the alert as it now reads, what
 * happened, the alert's version after the change (with its id, the change's identity) and the team
 * now holding it (its escalation team once it climbed the ladder).
 */
public record AlertChange(AlertView alert, AlertEvent event, long version, String holdingTeam) {}
