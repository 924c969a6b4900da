-- Portable SQL: the same migration runs on H2 and PostgreSQL.

-- Where managers are told of alerts (contract section 7). Lists are JSON arrays of strings;
-- routing_key and secret are written, never answered back.
CREATE TABLE receiver (
    id                 VARCHAR(200) PRIMARY KEY,
    kind               VARCHAR(20) NOT NULL,
    teams              TEXT NOT NULL,
    severities         TEXT NOT NULL,
    types              TEXT,
    url                VARCHAR(2000),
    recipients         TEXT,
    routing_key        VARCHAR(200),
    secret             VARCHAR(500),
    working_hours_only BOOLEAN DEFAULT FALSE NOT NULL,
    digest             BOOLEAN DEFAULT FALSE NOT NULL
);
