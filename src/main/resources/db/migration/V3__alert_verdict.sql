-- Portable SQL: the same migration runs on H2 and PostgreSQL.

-- A manager's judgement of an alert, 'useful' or 'noise', given when acknowledging or resolving it.
ALTER TABLE alert ADD COLUMN verdict VARCHAR(20);

-- Wall-clock time the alert was first stored; alerts stored before this column have none.
ALTER TABLE alert ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;

-- Rule quality is read over a window of first_raised_at.
CREATE INDEX alert_first_raised ON alert (first_raised_at);
