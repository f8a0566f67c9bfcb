-- The transactional outbox and the consumer inbox, the same in every service's own schema.

-- One row per event, written in the transaction that changes the aggregate. Debezium's binlog
-- connector with the Outbox EventRouter relays inserts to Kafka (topic shop.<aggregatetype>.events,
-- key aggregateid), so the column names are the ones EventRouter expects by default.
CREATE TABLE outbox (
    id             CHAR(36)     NOT NULL,             -- message id (UUID), a Kafka header
    aggregatetype  VARCHAR(64)  NOT NULL,             -- routes to the topic
    aggregateid    VARCHAR(64)  NOT NULL,             -- Kafka key: per-aggregate ordering
    type           VARCHAR(64)  NOT NULL,             -- event type, a Kafka header
    payload        LONGTEXT     NOT NULL,             -- the event as JSON (schemas in api/events)
    schema_version INT          NOT NULL DEFAULT 1,
    traceparent    VARCHAR(55)  NULL,                 -- W3C trace context of the writing span
    created_at     TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    KEY outbox_created_at (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- One row per consumed message, written in the transaction of its effect: a redelivered message
-- finds its row and has no second effect.
CREATE TABLE inbox (
    consumer     VARCHAR(64)  NOT NULL,               -- the handler, so two handlers of one message are independent
    message_id   CHAR(36)     NOT NULL,
    topic        VARCHAR(128) NOT NULL,
    processed_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (consumer, message_id),
    KEY inbox_processed_at (processed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
