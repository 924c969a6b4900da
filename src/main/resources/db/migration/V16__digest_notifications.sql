-- Portable SQL: the same migration runs on H2 and PostgreSQL.

-- A receiver's daily digest goes through the notification outbox and relay as alert changes do,
-- with the same retries and log. A digest row tells of no one alert change (its alert_id and
-- alert_version are null) but of one team's day: digest_team and digest_day (the team's business
-- day, in its zone), its payload in alert, as JSON. The unique key writes it once per receiver,
-- team and day, however many replicas or restarts try; rows of alert changes, with no digest day,
-- never meet it (a unique key holds no two nulls alike).
ALTER TABLE notification ALTER COLUMN alert_id DROP NOT NULL;
ALTER TABLE notification ALTER COLUMN alert_version DROP NOT NULL;
ALTER TABLE notification ADD COLUMN digest_team VARCHAR(200);
ALTER TABLE notification ADD COLUMN digest_day DATE;
ALTER TABLE notification
    ADD CONSTRAINT notification_digest_once UNIQUE (receiver_id, digest_team, digest_day);
