package dev.bazaar.order.domain.order;

import java.time.Duration;
import java.util.Objects;

/**
 * How long checkout may take.
 *
 * @param step            how long a step waits for its reply before its command is sent again
 *                        (participants answer a repeat as they answered the first)
 * @param checkout        after it a checkout that has not ended is cancelled (TIMED_OUT) and undone
 * @param reservationHold how long store-service holds the stock; longer than {@code checkout}, so a
 *                        hold never ends under a saga that is still running normally
 */
public record SagaDeadlines(Duration step, Duration checkout, Duration reservationHold) {

    public SagaDeadlines {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(checkout, "checkout");
        Objects.requireNonNull(reservationHold, "reservationHold");
        if (step.isNegative() || step.isZero() || checkout.compareTo(step) <= 0
                || reservationHold.compareTo(checkout) <= 0) {
            throw new IllegalArgumentException("need 0 < step < checkout < reservationHold, got " + step + ", "
                    + checkout + " and " + reservationHold);
        }
    }
}
