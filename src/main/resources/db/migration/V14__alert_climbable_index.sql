-- Each tick of the clock looks for open alerts past their escalation deadline that can still climb
-- (state, ladder_top, severity, waiting_since); by (state, waiting_since) alone it read every open
-- alert ever raised before the deadline, those at the top of the ladder too, on every tick.
CREATE INDEX alert_climbable ON alert (state, ladder_top, severity, waiting_since);
