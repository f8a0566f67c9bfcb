-- Stores: a seller's shop front that products belong to (bazaar.store.v1.StoreService).
-- A name is unique among one owner's open stores, case-insensitively: open_name_key is the
-- lower-cased name while the store is open and NULL once closed (NULLs never collide), so the
-- unique key enforces the rule even against concurrent openings.
CREATE TABLE stores (
    id            CHAR(36)      NOT NULL,
    owner_id      CHAR(36)      NOT NULL,
    name          VARCHAR(100)  NOT NULL,
    description   VARCHAR(2000) NOT NULL,
    status        VARCHAR(16)   NOT NULL,           -- OPEN, CLOSED
    created_at    TIMESTAMP(6)  NOT NULL,
    updated_at    TIMESTAMP(6)  NOT NULL,
    open_name_key VARCHAR(100) AS (CASE WHEN status = 'OPEN' THEN LOWER(name) END) STORED,
    PRIMARY KEY (id),
    UNIQUE KEY uk_stores_owner_open_name (owner_id, open_name_key),
    KEY ix_stores_created (created_at, id),
    KEY ix_stores_owner_created (owner_id, created_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
