package dev.bazaar.payment.application.port.out;

import dev.bazaar.payment.domain.wallet.LedgerEntry;

import java.util.Optional;

/** The append-only record of every balance change. */
public interface Ledger {

    void append(LedgerEntry entry);

    /** The customer's top-up made with this idempotency key, if any. */
    Optional<LedgerEntry> topUp(String customerId, String requestId);
}
