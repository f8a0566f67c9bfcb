package dev.bazaar.payment.application;

import dev.bazaar.payment.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The configured rules of the payment use cases: the shop's one currency and the limits (all in
 * minor units of that currency).
 */
@ApplicationScoped
public class PaymentPolicy {

    private final String currency;
    private final Money topUpLimit;
    private final Money balanceLimit;
    private final Money paymentLimit;
    private final Clock clock;

    @Inject
    public PaymentPolicy(@ConfigProperty(name = "bazaar.shop.currency", defaultValue = "EUR") String currency,
                         @ConfigProperty(name = "bazaar.payment.top-up-limit", defaultValue = "100000") long topUpLimit,
                         @ConfigProperty(name = "bazaar.payment.balance-limit", defaultValue = "1000000") long balanceLimit,
                         @ConfigProperty(name = "bazaar.payment.payment-limit", defaultValue = "1000000") long paymentLimit,
                         Clock clock) {
        this.currency = currency;
        this.topUpLimit = new Money(topUpLimit, currency);
        this.balanceLimit = new Money(balanceLimit, currency);
        this.paymentLimit = new Money(paymentLimit, currency);
        this.clock = clock;
    }

    public String currency() {
        return currency;
    }

    /** The most one top-up may add. */
    public Money topUpLimit() {
        return topUpLimit;
    }

    /** The most a wallet may hold. */
    public Money balanceLimit() {
        return balanceLimit;
    }

    /** The most one payment may be. */
    public Money paymentLimit() {
        return paymentLimit;
    }

    /** Now, to the microsecond the database keeps: what a change returns is what a read returns later. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
