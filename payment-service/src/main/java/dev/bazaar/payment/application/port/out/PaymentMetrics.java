package dev.bazaar.payment.application.port.out;

import dev.bazaar.payment.domain.payment.DeclineReason;

/** Business counters (on /metrics); each counts only once its transaction has committed. */
public interface PaymentMetrics {

    void authorized();

    void declined(DeclineReason reason);

    void refunded();
}
