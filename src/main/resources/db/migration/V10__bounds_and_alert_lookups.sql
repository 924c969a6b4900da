-- Portable SQL: the same migration runs on H2 and PostgreSQL.

-- A raise looks up the unresolved alerts of its matter by type (inhibition); without this index
-- every raise read every alert ever stored.
CREATE INDEX alert_matter_type ON alert (matter_id, type);

-- A resolution may carry a person's note of up to 10,000 characters (contract section 1, Bounds).
ALTER TABLE alert ALTER COLUMN resolution SET DATA TYPE VARCHAR(20000);
