package dev.yakusoku.engine;

/**
 * Where the engines set aside an event they cannot judge ({@code ingest.EventQuarantine} keeps it
 * with the log): it stays stored, and no engine judges it again until an admin lets it go.
 */
public interface Quarantine {
  /** Sets {@code failure}'s event aside, or counts one more failed attempt of one set aside. */
  void quarantine(EventJudgementException failure);
}
