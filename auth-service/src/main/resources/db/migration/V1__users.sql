-- Users of the shop and their roles. Emails are stored lower-cased, so the unique key makes
-- them unique case-insensitively.
CREATE TABLE users (
    id             CHAR(36)     NOT NULL,
    email          VARCHAR(254) NOT NULL,
    display_name   VARCHAR(100) NOT NULL,
    password_hash  VARCHAR(255) NOT NULL,              -- Argon2id, encoded with its parameters and salt
    created_at     TIMESTAMP(6) NOT NULL,
    deactivated_at TIMESTAMP(6) NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY users_email (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE user_roles (
    user_id CHAR(36)    NOT NULL,
    role    VARCHAR(16) NOT NULL,                       -- CUSTOMER, SELLER, ADMIN
    PRIMARY KEY (user_id, role),
    CONSTRAINT user_roles_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
