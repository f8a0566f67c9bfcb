-- Sessions (one per login) and their refresh tokens, stored by SHA-256 only: a rotated token stays
-- as a row so that presenting it again is recognised as reuse.
CREATE TABLE sessions (
    id          CHAR(36)     NOT NULL,
    user_id     CHAR(36)     NOT NULL,
    started_at  TIMESTAMP(6) NOT NULL,
    revoked_at  TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    -- user_id alone: an index that also held revoked_at would make every revocation re-check the
    -- foreign key (a shared lock on the users row) while a deactivation holds that row.
    KEY sessions_user (user_id),
    CONSTRAINT sessions_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE refresh_tokens (
    token_hash  CHAR(64)     NOT NULL,                  -- SHA-256 of the token, hex
    session_id  CHAR(36)     NOT NULL,
    user_id     CHAR(36)     NOT NULL,
    issued_at   TIMESTAMP(6) NOT NULL,
    expires_at  TIMESTAMP(6) NOT NULL,
    rotated_at  TIMESTAMP(6) NULL,                      -- set when exchanged: presenting it again is reuse
    PRIMARY KEY (token_hash),
    KEY refresh_tokens_session (session_id),
    CONSTRAINT refresh_tokens_session FOREIGN KEY (session_id) REFERENCES sessions (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- RSA keys that sign access tokens. The private key is PKCS#8, AES-256-GCM encrypted under
-- bazaar.auth.keys.encryption-key when that is configured ('A256GCM'), else stored as is ('none').
CREATE TABLE signing_keys (
    kid                    VARCHAR(64)  NOT NULL,
    public_key             TEXT         NOT NULL,       -- X.509 SubjectPublicKeyInfo, base64
    private_key            TEXT         NOT NULL,       -- PKCS#8, base64 (IV + ciphertext when encrypted)
    private_key_encryption VARCHAR(16)  NOT NULL,       -- none | A256GCM
    created_at             TIMESTAMP(6) NOT NULL,
    retired_at             TIMESTAMP(6) NULL,
    PRIMARY KEY (kid)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- ListUsers pages in registration order.
CREATE INDEX users_created ON users (created_at, id);
