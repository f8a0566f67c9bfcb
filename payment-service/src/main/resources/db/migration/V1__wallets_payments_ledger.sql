-- Wallets, payments of orders, and the ledger of every balance change (bazaar.payment.v1).
-- Money is BIGINT minor units plus an ISO 4217 code, never a floating-point number.

-- A customer's wallet, created on first use (a top-up or an authorization) with balance 0.
-- Every change locks the row (SELECT ... FOR UPDATE), so concurrent debits are serialized; the
-- CHECK is the last line of defence against a negative balance.
CREATE TABLE wallets (
    customer_id CHAR(36)     NOT NULL,
    currency    CHAR(3)      NOT NULL,
    balance     BIGINT       NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    updated_at  TIMESTAMP(6) NULL,                  -- when the balance last changed; NULL: never
    PRIMARY KEY (customer_id),
    CONSTRAINT ck_wallets_balance_not_negative CHECK (balance >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The payment of an order: at most one per order (the saga's AuthorizePayment is idempotent per
-- order id, and the unique key holds that even against concurrent deliveries).
CREATE TABLE payments (
    id             CHAR(36)     NOT NULL,
    order_id       CHAR(36)     NOT NULL,
    customer_id    CHAR(36)     NOT NULL,
    amount         BIGINT       NOT NULL,
    currency       CHAR(3)      NOT NULL,
    status         VARCHAR(16)  NOT NULL,           -- AUTHORIZED, DECLINED, REFUNDED
    reason         VARCHAR(600) NOT NULL,           -- why declined or refunded; '' while authorized
    decline_reason VARCHAR(32)  NULL,               -- PaymentDeclined.reasonCode, only when DECLINED
    created_at     TIMESTAMP(6) NOT NULL,
    updated_at     TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_payments_order (order_id),
    KEY ix_payments_customer (customer_id, created_at),
    CONSTRAINT ck_payments_amount CHECK (amount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Every change of a wallet's balance, append-only: a wallet's balance is the sum of its entries,
-- and the debits are the authorized payments minus the refunds. A payment is debited at most
-- once and refunded at most once (uk_ledger_payment_kind); a top-up's idempotency key is unique
-- per customer (uk_ledger_top_up_request; NULLs never collide).
CREATE TABLE ledger_entries (
    id            CHAR(36)     NOT NULL,
    customer_id   CHAR(36)     NOT NULL,
    kind          VARCHAR(16)  NOT NULL,            -- TOP_UP, PAYMENT_DEBIT, REFUND_CREDIT
    amount        BIGINT       NOT NULL,            -- signed: debits are negative
    currency      CHAR(3)      NOT NULL,
    balance_after BIGINT       NOT NULL,
    payment_id    CHAR(36)     NULL,
    request_id    VARCHAR(128) NULL,                -- TopUpWalletRequest.request_id
    occurred_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_ledger_payment_kind (payment_id, kind),
    UNIQUE KEY uk_ledger_top_up_request (customer_id, request_id),
    KEY ix_ledger_customer (customer_id, occurred_at),
    CONSTRAINT ck_ledger_balance_after CHECK (balance_after >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
