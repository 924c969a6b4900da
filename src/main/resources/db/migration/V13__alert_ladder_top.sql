-- An open alert whose team has no rung above is not read again by every tick of the escalation
-- ladder; a change to any team makes the ladder look at such alerts once more.
ALTER TABLE alert ADD COLUMN ladder_top BOOLEAN DEFAULT FALSE NOT NULL;
