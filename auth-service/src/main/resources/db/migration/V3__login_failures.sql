-- Failed logins, counted per account and per client address by every auth-service replica
-- (LoginThrottle). The key is a SHA-256 of "account:<email>" or "address:<ip>", so the table holds
-- no e-mail addresses or IPs. Rows older than the window are deleted by the hourly housekeeping.
CREATE TABLE login_failures (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    key_hash   CHAR(64)     NOT NULL,
    failed_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    KEY login_failures_key (key_hash, failed_at),
    KEY login_failures_at (failed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
