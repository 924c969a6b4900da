-- Portable SQL: the same migration runs on H2 and PostgreSQL.

-- Events the engine could not judge (their facts could not be made, a rule failed on them, their
-- alert could not be stored, or the broker refuses their record), with why. A quarantined event
-- stays in the log, but no engine judges it, live, on replay or on takeover, until an admin
-- retries it (retrying is true while that runs).
CREATE TABLE quarantined_event (
    event_seq       BIGINT PRIMARY KEY REFERENCES event_log (seq) ON DELETE CASCADE,
    stage           VARCHAR(40) NOT NULL,
    error           VARCHAR(4000) NOT NULL,
    quarantined_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts        INTEGER NOT NULL,
    retrying        BOOLEAN NOT NULL
);

-- An outbox row the broker can never take (a record it refuses) is set aside with the reason, so
-- the rows after it are still published.
ALTER TABLE event_outbox ADD COLUMN failure VARCHAR(4000);
