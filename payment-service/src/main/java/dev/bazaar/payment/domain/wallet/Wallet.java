package dev.bazaar.payment.domain.wallet;

import dev.bazaar.payment.domain.Money;
import dev.bazaar.platform.error.ApplicationException;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A customer's wallet: prepaid money that orders are paid from. Its balance never goes below
 * zero, and it changes only together with a {@link LedgerEntry} that says why, so the balance is
 * always the sum of the wallet's ledger. Who may change it is the application's decision.
 */
public final class Wallet {

    private final String customerId;
    private Money balance;
    private Instant updatedAt;

    /** @param updatedAt when the balance last changed; null for a wallet never used */
    public Wallet(String customerId, Money balance, Instant updatedAt) {
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.balance = Objects.requireNonNull(balance, "balance");
        this.updatedAt = updatedAt;
        if (balance.amount() < 0) {
            throw new IllegalArgumentException("a wallet's balance is never negative");
        }
    }

    /** The wallet of a customer who has never used one: empty, in the shop's currency. */
    public static Wallet empty(String customerId, String currency) {
        return new Wallet(customerId, Money.zero(currency), null);
    }

    /** Adds money the customer paid in; {@code requestId} is the client's idempotency key. */
    public LedgerEntry topUp(Money amount, String requestId, Instant now) {
        requirePositive(amount);
        return change(LedgerEntry.Kind.TOP_UP, amount, null, Objects.requireNonNull(requestId, "requestId"), now);
    }

    /** Whether a debit of {@code amount} would leave the balance at zero or above. */
    public boolean covers(Money amount) {
        return balance.covers(amount);
    }

    /**
     * Takes a payment's amount out of the wallet.
     *
     * @throws ApplicationException FAILED_PRECONDITION (insufficient-funds) when the balance does not
     *                              cover it; nothing changes
     */
    public LedgerEntry debit(Money amount, String paymentId, Instant now) {
        if (amount.amount() < 0) {
            throw new IllegalArgumentException("a debit is of a non-negative amount");
        }
        if (!covers(amount)) {
            throw ApplicationException.businessRule("insufficient-funds",
                    "The wallet's balance " + balance.display() + " is below " + amount.display() + ".");
        }
        return change(LedgerEntry.Kind.PAYMENT_DEBIT, new Money(-amount.amount(), amount.currency()),
                Objects.requireNonNull(paymentId, "paymentId"), null, now);
    }

    /** Gives a refunded payment's amount back. */
    public LedgerEntry credit(Money amount, String paymentId, Instant now) {
        if (amount.amount() < 0) {
            throw new IllegalArgumentException("a refund credit is of a non-negative amount");
        }
        return change(LedgerEntry.Kind.REFUND_CREDIT, amount, Objects.requireNonNull(paymentId, "paymentId"), null, now);
    }

    private LedgerEntry change(LedgerEntry.Kind kind, Money signedAmount, String paymentId, String requestId, Instant now) {
        Money after = balance.plus(signedAmount);
        if (after.amount() < 0) {
            throw new IllegalStateException("a wallet's balance is never negative");
        }
        balance = after;
        updatedAt = now;
        return new LedgerEntry(UUID.randomUUID().toString(), customerId, kind, signedAmount, after, paymentId, requestId, now);
    }

    private static void requirePositive(Money amount) {
        if (amount.amount() <= 0) {
            throw new IllegalArgumentException("a top-up adds more than nothing");
        }
    }

    public String customerId() {
        return customerId;
    }

    public Money balance() {
        return balance;
    }

    /** When the balance last changed; null for a wallet never used. */
    public Instant updatedAt() {
        return updatedAt;
    }
}
