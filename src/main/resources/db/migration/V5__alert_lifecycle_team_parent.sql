-- Portable SQL: the same migration runs on H2 and PostgreSQL.

-- A snoozed alert returns to open once the engine clock passes snoozed_until.
ALTER TABLE alert ADD COLUMN snoozed_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE alert ADD COLUMN snoozed_by VARCHAR(200);

-- The escalation ladder: the team whose manager holds the alert now, who held it before, and when
-- it moved (engine time).
ALTER TABLE alert ADD COLUMN escalation_team VARCHAR(200);
ALTER TABLE alert ADD COLUMN escalated_from VARCHAR(200);
ALTER TABLE alert ADD COLUMN escalated_at TIMESTAMP WITH TIME ZONE;

-- Engine time from which the alert's escalation deadline counts: raised, escalated or woken.
ALTER TABLE alert ADD COLUMN waiting_since TIMESTAMP WITH TIME ZONE;
UPDATE alert SET waiting_since = first_raised_at;
CREATE INDEX alert_state_waiting ON alert (state, waiting_since);

-- A team's parent team, whose manager an alert not acknowledged in time escalates to.
ALTER TABLE team ADD COLUMN parent VARCHAR(200);
