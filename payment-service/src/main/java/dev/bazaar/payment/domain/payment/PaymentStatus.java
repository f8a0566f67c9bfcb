package dev.bazaar.payment.domain.payment;

import java.util.Set;

/**
 * Lifecycle of a payment: AUTHORIZED -> REFUNDED; DECLINED and REFUNDED are final. A payment is
 * born AUTHORIZED (the wallet was debited) or DECLINED (nothing was).
 */
public enum PaymentStatus {
    AUTHORIZED,
    DECLINED,
    REFUNDED;

    /** The statuses this one may legally become. */
    public Set<PaymentStatus> next() {
        return this == AUTHORIZED ? Set.of(REFUNDED) : Set.of();
    }

    public boolean canBecome(PaymentStatus target) {
        return next().contains(target);
    }
}
