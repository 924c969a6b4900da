package dev.yakusoku.backtest;

import java.util.Map;

/**
 * {@code POST /api/v1/rules/backtest}: the draft rule set's DRL files, and the stretch of stored
 * history [{@code from}, {@code to}) to replay through it and through the live set.
 */
public record BacktestRequest(Map<String, String> rules, String from, String to) {}
