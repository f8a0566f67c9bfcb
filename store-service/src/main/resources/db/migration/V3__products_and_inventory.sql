-- Products, their stock and the stock reservations of the checkout saga
-- (bazaar.store.v1.ProductService and InventoryService).

-- A store's products. search_text is what ListProducts' words are looked for in: the SKU, name and
-- description, lower-cased, one per line (a word never spans two of them).
CREATE TABLE products (
    id             CHAR(36)      NOT NULL,
    store_id       CHAR(36)      NOT NULL,
    sku            VARCHAR(64)   NOT NULL,
    name           VARCHAR(200)  NOT NULL,
    description    VARCHAR(5000) NOT NULL,
    price_amount   BIGINT        NOT NULL,          -- minor units
    price_currency CHAR(3)       NOT NULL,          -- ISO 4217
    active         BOOLEAN       NOT NULL,          -- offered by its seller (the store must be open too)
    version        BIGINT        NOT NULL,          -- 1, 2, ...: one more per change
    created_at     TIMESTAMP(6)  NOT NULL,
    updated_at     TIMESTAMP(6)  NOT NULL,
    search_text    TEXT AS (LOWER(CONCAT_WS('\n', sku, name, description))) STORED,
    PRIMARY KEY (id),
    UNIQUE KEY uk_products_store_sku (store_id, sku),
    KEY ix_products_created (created_at, id),
    KEY ix_products_store_created (store_id, created_at, id),
    CONSTRAINT fk_products_store FOREIGN KEY (store_id) REFERENCES stores (id),
    CONSTRAINT ck_products_price CHECK (price_amount > 0),
    CONSTRAINT ck_products_version CHECK (version >= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Units per product. available + reserved + sold changes only by a seller's adjustment; the
-- checks are the last line of defence of "never negative".
CREATE TABLE stock (
    product_id CHAR(36)     NOT NULL,
    available  BIGINT       NOT NULL,
    reserved   BIGINT       NOT NULL,
    sold       BIGINT       NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (product_id),
    CONSTRAINT fk_stock_product FOREIGN KEY (product_id) REFERENCES products (id),
    CONSTRAINT ck_stock_not_negative CHECK (available >= 0 AND reserved >= 0 AND sold >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The log of sellers' changes of available units (SetStock, and a new product's initial stock).
CREATE TABLE stock_adjustments (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    product_id         CHAR(36)     NOT NULL,
    previous_available BIGINT       NOT NULL,
    new_available      BIGINT       NOT NULL,
    reason             VARCHAR(200) NOT NULL,
    actor_id           CHAR(36)     NULL,            -- who: the seller or admin
    created_at         TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_stock_adjustments_product (product_id, created_at),
    CONSTRAINT fk_stock_adjustments_product FOREIGN KEY (product_id) REFERENCES products (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- One reservation per order (its id), with the lines as requested. Lines of rejected
-- reservations may name products that do not exist, hence no foreign key on product_id.
CREATE TABLE reservations (
    order_id    CHAR(36)     NOT NULL,
    customer_id VARCHAR(36)  NOT NULL,              -- empty when no ReserveStock was received
    status      VARCHAR(16)  NOT NULL,              -- RESERVED, CONFIRMED, RELEASED, EXPIRED, REJECTED
    reason      VARCHAR(500) NOT NULL,
    expires_at  TIMESTAMP(6) NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    updated_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (order_id),
    KEY ix_reservations_due (status, expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE reservation_lines (
    order_id   CHAR(36) NOT NULL,
    line_no    INT      NOT NULL,
    product_id CHAR(36) NOT NULL,
    quantity   INT      NOT NULL,
    PRIMARY KEY (order_id, line_no),
    CONSTRAINT fk_reservation_lines_reservation FOREIGN KEY (order_id) REFERENCES reservations (order_id),
    CONSTRAINT ck_reservation_lines_quantity CHECK (quantity BETWEEN 1 AND 999)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
