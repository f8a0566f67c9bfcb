package dev.bazaar.order.domain.order;

import java.time.Duration;
import java.util.Objects;

/**
 * How long checkout may take. {@code checkout}: after it a non-terminal order is cancelled
 * (TIMED_OUT). {@code reservationHold}: how long store-service holds the stock; longer than
 * {@code checkout}, so that a reservation never expires under a saga that is still running normally.
 */
public record SagaDeadlines(Duration checkout, Duration reservationHold) {

    public SagaDeadlines {
        Objects.requireNonNull(checkout, "checkout");
        Objects.requireNonNull(reservationHold, "reservationHold");
        if (checkout.isNegative() || checkout.isZero() || reservationHold.compareTo(checkout) <= 0) {
            throw new IllegalArgumentException("need 0 < checkout < reservationHold, got " + checkout + " and "
                    + reservationHold);
        }
    }
}
