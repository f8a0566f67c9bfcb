package dev.bazaar.payment.application;

import dev.bazaar.payment.application.port.out.Ledger;
import dev.bazaar.payment.application.port.out.Wallets;
import dev.bazaar.payment.domain.Money;
import dev.bazaar.payment.domain.wallet.LedgerEntry;
import dev.bazaar.payment.domain.wallet.Wallet;
import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.Violations;
import dev.bazaar.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Optional;

/**
 * Use case: a customer adds money to their own wallet. Idempotent per customer and request id:
 * the wallet is locked first, so a repeated (even concurrent) request finds the first one's ledger
 * entry and returns the wallet as it is now without adding again. Amounts and resulting balances
 * above the configured limits are refused (payment.proto: FAILED_PRECONDITION).
 */
@ApplicationScoped
public class TopUpWallet {

    /** @param amount null when the request has none */
    public record Command(Long amount, String currency, String requestId) {
    }

    private final Wallets wallets;
    private final Ledger ledger;
    private final PaymentPolicy policy;

    @Inject
    public TopUpWallet(Wallets wallets, Ledger ledger, PaymentPolicy policy) {
        this.wallets = wallets;
        this.ledger = ledger;
        this.policy = policy;
    }

    @Transactional
    public Wallet topUp(Caller caller, Command command) {
        caller.requireAnyRole(Caller.CUSTOMER);
        var violations = new Violations();
        String requestId = violations.check(() -> requestId(command.requestId()));
        Money amount = null;
        if (command.amount() == null && command.currency() == null) {
            violations.add("amount", "is required");
        } else {
            amount = violations.check(() -> Money.positive(command.amount(), command.currency(), policy.currency(), "amount"));
        }
        violations.throwIfAny();

        Wallet wallet = wallets.lockOrOpen(caller.userId(), policy.currency(), policy.now());
        Optional<LedgerEntry> earlier = ledger.topUp(caller.userId(), requestId);
        if (earlier.isPresent()) {
            if (!earlier.get().amount().equals(amount)) {
                throw ApplicationException.keyReused("This request id was already used for a top-up of "
                        + earlier.get().amount().display() + ".");
            }
            return wallet;
        }
        if (amount.greaterThan(policy.topUpLimit())) {
            throw ApplicationException.businessRule("business-rule-violated",
                    "A top-up adds at most " + policy.topUpLimit().display() + ".");
        }
        if (wallet.balance().plus(amount).greaterThan(policy.balanceLimit())) {
            throw ApplicationException.businessRule("business-rule-violated",
                    "A wallet holds at most " + policy.balanceLimit().display() + ".");
        }
        LedgerEntry entry = wallet.topUp(amount, requestId, policy.now());
        ledger.append(entry);
        wallets.update(wallet);
        return wallet;
    }

    /** 1 to 128 printable ASCII characters (payment.proto). */
    static String requestId(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > 128 || !raw.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
            throw ApplicationException.invalid("request_id", "must be 1 to 128 printable ASCII characters");
        }
        return raw;
    }
}
