-- Portable SQL: the same migration runs on H2 and PostgreSQL.

-- Ids come from a sequence in blocks of 50 so a batch of events is inserted in JDBC batches.
CREATE SEQUENCE event_log_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE event_log (
    seq          BIGINT PRIMARY KEY,
    source       VARCHAR(500) NOT NULL,
    event_id     VARCHAR(500) NOT NULL,
    type         VARCHAR(100) NOT NULL,
    subject      VARCHAR(200),
    event_time   TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    data         TEXT NOT NULL,
    CONSTRAINT event_log_idempotency UNIQUE (source, event_id)
);
CREATE INDEX event_log_subject ON event_log (subject);
CREATE INDEX event_log_event_id ON event_log (event_id);

CREATE TABLE matter (
    id          VARCHAR(200) PRIMARY KEY,
    state       VARCHAR(20) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE team (
    id       VARCHAR(200) PRIMARY KEY,
    name     VARCHAR(500) NOT NULL,
    manager  VARCHAR(200) NOT NULL
);

CREATE TABLE party (
    id            VARCHAR(200) PRIMARY KEY,
    kind          VARCHAR(20) NOT NULL,
    name          VARCHAR(500) NOT NULL,
    aliases       TEXT NOT NULL,
    phones        TEXT NOT NULL,
    team          VARCHAR(200),
    organization  VARCHAR(500)
);

CREATE TABLE alert (
    id               VARCHAR(40) PRIMARY KEY,
    type             VARCHAR(100) NOT NULL,
    severity         VARCHAR(20) NOT NULL,
    matter_id        VARCHAR(200),
    team             VARCHAR(200),
    manager          VARCHAR(200),
    summary          VARCHAR(4000),
    dedup_key        VARCHAR(1000) NOT NULL,
    occurrences      INTEGER NOT NULL,
    first_raised_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_raised_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    state            VARCHAR(20) NOT NULL,
    evidence         TEXT NOT NULL,
    notes            TEXT NOT NULL,
    rule             VARCHAR(500),
    rule_set         VARCHAR(100),
    acknowledged_by  VARCHAR(200),
    acknowledged_at  TIMESTAMP WITH TIME ZONE,
    resolved_by      VARCHAR(200),
    resolved_at      TIMESTAMP WITH TIME ZONE,
    resolution       VARCHAR(4000)
);
CREATE INDEX alert_dedup_key ON alert (dedup_key, state);
CREATE INDEX alert_last_raised ON alert (last_raised_at);

CREATE TABLE alert_occurrence (
    occurrence_key  VARCHAR(1100) PRIMARY KEY,
    alert_id        VARCHAR(40) NOT NULL REFERENCES alert (id)
);
