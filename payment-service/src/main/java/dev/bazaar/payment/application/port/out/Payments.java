package dev.bazaar.payment.application.port.out;

import dev.bazaar.payment.domain.payment.Payment;

import java.util.Optional;

/** Where payments are kept; at most one per order. */
public interface Payments {

    /** The payment of the order as it is now; empty when no AuthorizePayment was handled for it. */
    Optional<Payment> byOrder(String orderId);

    /**
     * Adds a new payment.
     *
     * @throws IllegalStateException when the order has a payment already (a concurrent
     *                               authorization won; the caller's transaction must roll back)
     */
    void add(Payment payment);

    /** Stores a change of an existing payment. */
    void update(Payment payment);
}
