package dev.bazaar.payment.domain.payment;

import dev.bazaar.payment.domain.Money;
import dev.bazaar.platform.error.ApplicationException;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The payment of one order (at most one per order): authorized when the customer's wallet was
 * debited, declined when it was not, refunded when the debit went back. Its status changes only
 * along {@link PaymentStatus}'s transitions; anything else is an error, never a silent no-op.
 */
public final class Payment {

    private final String id;
    private final String orderId;
    private final String customerId;
    private final Money amount;
    private PaymentStatus status;
    private String reason;
    private final DeclineReason declineReason;
    private final Instant createdAt;
    private Instant updatedAt;

    public Payment(String id, String orderId, String customerId, Money amount, PaymentStatus status, String reason,
                   DeclineReason declineReason, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.amount = Objects.requireNonNull(amount, "amount");
        this.status = Objects.requireNonNull(status, "status");
        this.reason = reason == null ? "" : reason;
        this.declineReason = declineReason;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        if ((status == PaymentStatus.DECLINED) != (declineReason != null)) {
            throw new IllegalArgumentException("a declined payment, and only that, has a decline reason");
        }
    }

    /** A payment whose amount has been debited from the wallet. */
    public static Payment authorized(String orderId, String customerId, Money amount, Instant now) {
        return new Payment(UUID.randomUUID().toString(), orderId, customerId, amount, PaymentStatus.AUTHORIZED, "",
                null, now, now);
    }

    /** A payment that debited nothing. */
    public static Payment declined(String orderId, String customerId, Money amount, DeclineReason why, String reason,
                                   Instant now) {
        return new Payment(UUID.randomUUID().toString(), orderId, customerId, amount, PaymentStatus.DECLINED,
                Objects.requireNonNull(reason, "reason"), Objects.requireNonNull(why, "why"), now, now);
    }

    /**
     * The debited amount goes back to the wallet (the caller credits it): AUTHORIZED -> REFUNDED.
     *
     * @throws ApplicationException FAILED_PRECONDITION (illegal-transition) from any other status
     */
    public void refund(String why, Instant now) {
        transitionTo(PaymentStatus.REFUNDED);
        reason = Objects.requireNonNull(why, "why");
        updatedAt = now;
    }

    private void transitionTo(PaymentStatus target) {
        if (!status.canBecome(target)) {
            throw ApplicationException.conflict("illegal-transition",
                    "A " + status.name().toLowerCase() + " payment cannot become " + target.name().toLowerCase() + ".");
        }
        status = target;
    }

    public String id() {
        return id;
    }

    public String orderId() {
        return orderId;
    }

    public String customerId() {
        return customerId;
    }

    public Money amount() {
        return amount;
    }

    public PaymentStatus status() {
        return status;
    }

    /** Why it was declined or refunded; empty while authorized. */
    public String reason() {
        return reason;
    }

    /** Why it was declined, machine-readable; null unless declined. */
    public DeclineReason declineReason() {
        return declineReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public boolean belongsTo(String userId) {
        return customerId.equals(userId);
    }
}
