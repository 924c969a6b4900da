-- Portable SQL: the same migration runs on H2 and PostgreSQL.

-- A team's time zone (an IANA id) in which its alerts' times are shown; null means the business
-- calendar's zone.
ALTER TABLE team ADD COLUMN zone VARCHAR(100);
