package dev.bazaar.payment.application.port.out;

import dev.bazaar.payment.domain.wallet.Wallet;

import java.time.Instant;
import java.util.Optional;

/** Where wallets are kept. */
public interface Wallets {

    /** The customer's wallet as it is now, unlocked; empty when the customer never used one. */
    Optional<Wallet> byCustomer(String customerId);

    /**
     * The customer's wallet, locked for change until the transaction ends; opened empty in
     * {@code currency} when missing (concurrent first uses open one wallet and wait for each other).
     */
    Wallet lockOrOpen(String customerId, String currency, Instant now);

    /** The customer's wallet, locked for change until the transaction ends; empty when there is none. */
    Optional<Wallet> lock(String customerId);

    /** Stores a change of a locked wallet. */
    void update(Wallet wallet);
}
