package dev.bazaar.order.adapter.config;

import dev.bazaar.order.domain.order.SagaDeadlines;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * Checkout's timing from configuration: {@code bazaar.checkout.step-timeout} (default 20 seconds),
 * {@code bazaar.checkout.deadline} (default 5 minutes) and {@code bazaar.checkout.reservation-hold}
 * (default 15 minutes, api/events/README.md).
 */
@ApplicationScoped
public class CheckoutSettings {

    @Produces
    @Singleton // a record cannot be proxied
    SagaDeadlines sagaDeadlines(
            @ConfigProperty(name = "bazaar.checkout.step-timeout", defaultValue = "PT20S") Duration step,
            @ConfigProperty(name = "bazaar.checkout.deadline", defaultValue = "PT5M") Duration checkout,
            @ConfigProperty(name = "bazaar.checkout.reservation-hold", defaultValue = "PT15M") Duration hold) {
        return new SagaDeadlines(step, checkout, hold);
    }
}
