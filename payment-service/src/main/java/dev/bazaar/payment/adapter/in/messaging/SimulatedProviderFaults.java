package dev.bazaar.payment.adapter.in.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Faults of a real payment provider, for trying the saga's resilience: payment-service is a demo
 * provider (a prepaid wallet), so it can be told to be slow and flaky. Off by default.
 * <ul>
 *   <li>{@code bazaar.payment.simulated.delay} (ISO-8601, default PT0S): every authorization and
 *       refund takes this long first;</li>
 *   <li>{@code bazaar.payment.simulated.transient-error-rate} (0 to 1, default 0): that share of
 *       them fails with a transient error, which the inbox consumer retries with back-off.</li>
 * </ul>
 * Declining above an amount is {@code bazaar.payment.payment-limit} (AMOUNT_LIMIT_EXCEEDED).
 */
@ApplicationScoped
public class SimulatedProviderFaults {

    /** What a flaky provider answers: try again later. */
    public static final class TransientProviderError extends RuntimeException {
        TransientProviderError() {
            super("simulated transient payment provider error (bazaar.payment.simulated.transient-error-rate)");
        }
    }

    private final Duration delay;
    private final double errorRate;
    private final DoubleSupplier random;

    @Inject
    public SimulatedProviderFaults(@ConfigProperty(name = "bazaar.payment.simulated.delay", defaultValue = "PT0S") Duration delay,
                                   @ConfigProperty(name = "bazaar.payment.simulated.transient-error-rate", defaultValue = "0")
                                   double errorRate) {
        this(delay, errorRate, () -> ThreadLocalRandom.current().nextDouble());
    }

    SimulatedProviderFaults(Duration delay, double errorRate, DoubleSupplier random) {
        if (delay.isNegative() || errorRate < 0 || errorRate > 1) {
            throw new IllegalArgumentException("simulated delay must be >= 0 and the error rate within 0..1, got "
                    + delay + " and " + errorRate);
        }
        this.delay = delay;
        this.errorRate = errorRate;
        this.random = random;
    }

    /** Waits the simulated delay, then fails at the simulated rate. */
    void beforeProviderCall() {
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransientProviderError();
            }
        }
        if (errorRate > 0 && random.getAsDouble() < errorRate) {
            throw new TransientProviderError();
        }
    }
}
