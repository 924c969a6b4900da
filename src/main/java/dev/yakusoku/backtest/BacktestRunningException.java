package dev.yakusoku.backtest;

/** A backtest is asked for while another runs; one runs at a time. */
public class BacktestRunningException extends RuntimeException {
  public BacktestRunningException(String runningId) {
    super("backtest " + runningId + " is still running; one runs at a time");
  }
}
