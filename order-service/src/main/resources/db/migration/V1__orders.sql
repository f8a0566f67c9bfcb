-- Orders and the state of their checkout saga (bazaar.order.v1.OrderService). The saga's state
-- lives on the order row: its status, whether a payment was asked for, the payment's id, when the
-- stock hold ends, when the current step's command is sent again if unanswered, and the deadline
-- after which an unfinished checkout is cancelled.
CREATE TABLE orders (
    id                  CHAR(36)     NOT NULL,
    customer_id         CHAR(36)     NOT NULL,
    idempotency_key     VARCHAR(128) NOT NULL,
    request_fingerprint CHAR(64)     NOT NULL,  -- SHA-256 of the requested lines, to spot a reused key
    status              VARCHAR(24)  NOT NULL,  -- PENDING ... CANCELLED (OrderStatus)
    reason_code         VARCHAR(32)  NULL,      -- OrderReason of a REJECTED or CANCELLED order
    reason              VARCHAR(600) NULL,
    total_amount        BIGINT       NOT NULL,  -- minor units
    currency            CHAR(3)      NOT NULL,
    payment_requested   BOOLEAN      NOT NULL,
    payment_id          CHAR(36)     NULL,
    reservation_expires_at TIMESTAMP(6) NOT NULL,
    step_attempts       INT          NOT NULL,  -- how often the current step's command was sent
    step_deadline_at    TIMESTAMP(6) NOT NULL,  -- resend the current step's command after this
    deadline_at         TIMESTAMP(6) NOT NULL,  -- cancel the checkout after this
    created_at          TIMESTAMP(6) NOT NULL,
    updated_at          TIMESTAMP(6) NOT NULL,
    version             BIGINT       NOT NULL,
    -- When the saga must act on its own next; NULL once the order ends, so the index holds only
    -- orders still running.
    due_at              TIMESTAMP(6) AS (CASE WHEN status IN ('PENDING', 'STOCK_RESERVED', 'PAYMENT_AUTHORIZED')
                                              THEN LEAST(step_deadline_at, deadline_at) END) STORED,
    PRIMARY KEY (id),
    UNIQUE KEY uk_orders_customer_idempotency_key (customer_id, idempotency_key),
    KEY ix_orders_customer_created (customer_id, created_at, id),
    KEY ix_orders_created (created_at, id),
    KEY ix_orders_due (due_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The lines with their price snapshot, in the order the customer placed them.
CREATE TABLE order_lines (
    order_id          CHAR(36)     NOT NULL,
    line_no           INT          NOT NULL,
    product_id        CHAR(36)     NOT NULL,
    store_id          CHAR(36)     NOT NULL,
    sku               VARCHAR(64)  NOT NULL,
    product_name      VARCHAR(200) NOT NULL,
    quantity          INT          NOT NULL,
    unit_price_amount BIGINT       NOT NULL,
    PRIMARY KEY (order_id, line_no),
    CONSTRAINT fk_order_lines_order FOREIGN KEY (order_id) REFERENCES orders (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Every status change of every order, for support and audits (OrderStatusChanged, kept).
CREATE TABLE order_history (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    order_id    CHAR(36)     NOT NULL,
    from_status VARCHAR(24)  NOT NULL,
    to_status   VARCHAR(24)  NOT NULL,
    reason_code VARCHAR(32)  NULL,
    reason      VARCHAR(600) NULL,
    changed_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_order_history_order (order_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
