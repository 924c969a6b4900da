package dev.yakusoku.alerts;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;

/** Tells a database that is out of reach, which passes, from a write it refuses for good. */
final class StoreFailures {
  private StoreFailures() {}

  /**
   * Whether the failure says the database could not be reached or could not take the write now: a
   * connection failure (SQL state class 08), a transaction or resource failure (40, 53, 57), a
   * transient or recoverable error, or no connection to be had from the pool.
   */
  static boolean outOfReach(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
        return true;
      }
      if (t instanceof SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
          // the pool's own failures (no connection within the acquisition timeout) carry none
          return sql.getMessage() != null && sql.getMessage().contains("cquisition timeout");
        }
        return state.startsWith("08")
            || state.startsWith("40")
            || state.startsWith("53")
            || state.startsWith("57");
      }
    }
    return false;
  }

  /** The pause before attempt {@code attempt + 1}: one second, doubled, at most {@code max}. */
  static Duration pause(int attempt, Duration max) {
    long seconds = 1L << Math.min(attempt - 1, 10);
    Duration pause = Duration.ofSeconds(seconds);
    return pause.compareTo(max) > 0 ? max : pause;
  }
}
