-- What the test consumer's effect writes: one row per handled message.
CREATE TABLE received (
    message_id CHAR(36)     NOT NULL PRIMARY KEY,
    payload    VARCHAR(200) NOT NULL,
    trace_id   CHAR(32)     NULL
) ENGINE = InnoDB;

-- What the test aggregate writes next to its outbox event.
CREATE TABLE widgets (
    id   CHAR(36)    NOT NULL PRIMARY KEY,
    name VARCHAR(50) NOT NULL
) ENGINE = InnoDB;
