-- store-service's copy of the users auth-service announces (UserRegistered, UserDeactivated):
-- who may open a store (sellers) and whose stores to close when an account ends. Never read by
-- another service; auth-service stays the owner of users.
CREATE TABLE user_copies (
    user_id      CHAR(36)     NOT NULL,
    display_name VARCHAR(100) NOT NULL,
    roles        VARCHAR(64)  NOT NULL,             -- comma-separated claims: customer,seller,admin
    active       BOOLEAN      NOT NULL,
    updated_at   TIMESTAMP(6) NOT NULL,             -- occurredAt of the last event applied
    PRIMARY KEY (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
