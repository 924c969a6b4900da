-- Portable SQL: the same migration runs on H2 and PostgreSQL.

-- Optimistic locking: every change to an alert bumps its version, and a change made from a stale
-- read (an acknowledgement racing an escalation or a new occurrence) fails instead of overwriting.
ALTER TABLE alert ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
