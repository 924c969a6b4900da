-- Backtests read the log by event time, in acceptance order within a time.
CREATE INDEX event_log_time ON event_log (event_time, seq);
