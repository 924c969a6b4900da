-- Portable SQL: the same migration runs on H2 and PostgreSQL.

-- When a matter was opened and resolved, by event time, so a call is tied to the matters open at
-- the call's own time, and ties are reconsidered when a matter's opening or resolution arrives
-- late. Matters stored before have neither: they count as open from the start.
ALTER TABLE matter ADD COLUMN opened_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE matter ADD COLUMN resolved_at TIMESTAMP WITH TIME ZONE;

-- The party identity resolution found calling, for a contact without a subject, when it was
-- accepted: the calls a matter's late opening or resolution may tie or untie.
ALTER TABLE event_log ADD COLUMN caller VARCHAR(200);
CREATE INDEX event_log_caller ON event_log (caller, event_time);
