package dev.yakusoku.alerts;

/**
 * What an engine tells the alert store, in order: one signal ({@link AlertSignal}: raise, or
 * disprove an occurrence), or the alerts of matters judged again from their events in time order
 * ({@link Rejudgement}).
 */
public sealed interface AlertJudgement permits AlertSignal, Rejudgement {}
