-- Portable SQL: the same migration runs on H2 and PostgreSQL.

-- Receivers put in place from configuration at start; the API does not change them.
ALTER TABLE receiver ADD COLUMN configured BOOLEAN DEFAULT FALSE NOT NULL;
