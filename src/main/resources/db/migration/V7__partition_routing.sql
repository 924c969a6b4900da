-- Portable SQL: the same migration runs on H2 and PostgreSQL.

-- The matter an event belongs to, as ingestion decided it: its subject, or for a contact without
-- one the open matter identity resolution tied it to when it was accepted. Clustered, it is the
-- key of the event's record on yakusoku.events, so the partition a replica replays holds it.
ALTER TABLE event_log ADD COLUMN matter_key VARCHAR(200);
UPDATE event_log SET matter_key = subject;
CREATE INDEX event_log_matter_key ON event_log (matter_key);

-- A matter's client and end user, so ingestion can tie a main-line call to the caller's one open
-- matter before it picks the call's partition.
ALTER TABLE matter ADD COLUMN client VARCHAR(200);
ALTER TABLE matter ADD COLUMN end_user VARCHAR(200);
CREATE INDEX matter_client ON matter (client, state);
CREATE INDEX matter_end_user ON matter (end_user, state);

-- At most one unresolved alert per dedup key, whichever replica raises it: the key while the alert
-- is not resolved, null after (both databases allow many nulls under a unique constraint).
ALTER TABLE alert ADD COLUMN open_dedup_key VARCHAR(1000);
UPDATE alert SET open_dedup_key = dedup_key WHERE state <> 'resolved';
ALTER TABLE alert ADD CONSTRAINT alert_one_unresolved_per_dedup_key UNIQUE (open_dedup_key);
