package dev.bazaar.bff.application;

import dev.bazaar.bff.application.port.out.Wallets;
import dev.bazaar.platform.error.ApplicationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Use case: a customer adds money to their wallet. The client's {@code Idempotency-Key} becomes
 * payment-service's request id, so a retried request (a lost answer, a double click) adds once.
 * The key is checked here, where the client named it; the amount is payment-service's to check.
 */
@ApplicationScoped
public class TopUpMyWallet {

    /** The header that carries the idempotency key, as problems name it. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Wallets wallets;

    @Inject
    public TopUpMyWallet(Wallets wallets) {
        this.wallets = wallets;
    }

    /** @return the balance after the top-up */
    public Money topUp(Long amount, String currency, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isEmpty() || idempotencyKey.length() > 128
                || !idempotencyKey.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
            throw ApplicationException.invalid(IDEMPOTENCY_KEY,
                    "is required: 1 to 128 printable ASCII characters (a UUID is a good choice)");
        }
        return wallets.topUp(amount, currency, idempotencyKey);
    }
}
