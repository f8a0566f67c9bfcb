package dev.bazaar.payment.domain.wallet;

import dev.bazaar.payment.domain.Money;

import java.time.Instant;
import java.util.Objects;

/**
 * One change of a wallet's balance, never changed or deleted afterwards: the audit trail of the
 * money. A wallet's balance is the sum of its entries' amounts; debits are negative.
 *
 * @param amount       signed: a top-up or refund credit is positive, a payment debit negative
 * @param balanceAfter the wallet's balance right after this entry
 * @param paymentId    the payment debited or refunded; null for a top-up
 * @param requestId    the client's idempotency key of a top-up; null otherwise
 */
public record LedgerEntry(String id, String customerId, Kind kind, Money amount, Money balanceAfter, String paymentId,
                          String requestId, Instant occurredAt) {

    /** Why the balance changed. */
    public enum Kind {
        TOP_UP,
        PAYMENT_DEBIT,
        REFUND_CREDIT
    }

    public LedgerEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(balanceAfter, "balanceAfter");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if ((kind == Kind.PAYMENT_DEBIT) != (amount.amount() < 0) && amount.amount() != 0) {
            throw new IllegalArgumentException(kind + " with amount " + amount.amount());
        }
        if ((kind == Kind.TOP_UP) != (requestId != null) || (kind == Kind.TOP_UP) == (paymentId != null)) {
            throw new IllegalArgumentException(kind + " needs a request id (top-up) or a payment id (otherwise)");
        }
    }
}
