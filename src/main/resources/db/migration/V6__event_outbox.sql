-- Portable SQL: the same migration runs on H2 and PostgreSQL.

-- The transactional outbox (clustered): one row per stored event, written in the transaction that
-- stores it, so an event answered 202 is never missing from the topic. The relay publishes
-- pending rows (sent_at null) in acceptance order, and sets sent_at once the broker has acked.
CREATE TABLE event_outbox (
    event_seq    BIGINT PRIMARY KEY REFERENCES event_log (seq) ON DELETE CASCADE,
    message_key  VARCHAR(500) NOT NULL,
    sent_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_outbox_pending ON event_outbox (sent_at, event_seq);
