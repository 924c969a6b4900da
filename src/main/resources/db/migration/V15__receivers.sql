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

-- The notification outbox and log: one row per (alert change, receiver), written in the alert
-- change's transaction, delivered with retries. The alert is kept as it read at the change.
CREATE SEQUENCE notification_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE notification (
    id              BIGINT PRIMARY KEY,
    alert_id        VARCHAR(200) NOT NULL,
    alert_version   BIGINT NOT NULL,
    receiver_id     VARCHAR(200) NOT NULL,
    kind            VARCHAR(20) NOT NULL,
    event           VARCHAR(30) NOT NULL,
    alert           TEXT NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    status          VARCHAR(10) NOT NULL,
    attempts        INT DEFAULT 0 NOT NULL,
    error           VARCHAR(2000),
    recipient       VARCHAR(2000),
    sent_at         TIMESTAMP WITH TIME ZONE,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notification_once UNIQUE (alert_id, alert_version, receiver_id)
);

CREATE INDEX notification_due ON notification (next_attempt_at);
CREATE INDEX notification_of_alert ON notification (alert_id, id);

-- Signed, expiring acknowledge links sent in messages: known by the SHA-256 of their token, used
-- once, acting as the manager the message went to.
CREATE TABLE acknowledge_link (
    token_sha256 VARCHAR(64) PRIMARY KEY,
    alert_id     VARCHAR(200) NOT NULL,
    manager      VARCHAR(200) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at      TIMESTAMP WITH TIME ZONE
);
