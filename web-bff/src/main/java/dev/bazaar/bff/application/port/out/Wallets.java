package dev.bazaar.bff.application.port.out;

import dev.bazaar.bff.application.Money;

/**
 * payment-service's wallets, as the BFF uses them: always the current caller's own (the platform
 * forwards the caller's access token). Errors arrive as the backend raised them.
 */
public interface Wallets {

    /** The caller's wallet balance. */
    Money balance();

    /**
     * Adds money to the caller's wallet, once per {@code requestId}; the balance after it.
     *
     * @param amount   minor units; null when the client sent none
     * @param currency null when the client sent none
     */
    Money topUp(Long amount, String currency, String requestId);
}
