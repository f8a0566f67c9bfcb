package dev.bazaar.payment.application;

import dev.bazaar.payment.application.port.out.Wallets;
import dev.bazaar.payment.domain.Ids;
import dev.bazaar.payment.domain.wallet.Wallet;
import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Use case: read a wallet. A customer reads their own; an admin or an internal caller anyone's
 * (by customer id). A customer who never used their wallet sees it empty; reading creates nothing.
 */
@ApplicationScoped
public class GetWallet {

    private final Wallets wallets;
    private final PaymentPolicy policy;

    @Inject
    public GetWallet(Wallets wallets, PaymentPolicy policy) {
        this.wallets = wallets;
        this.policy = policy;
    }

    /** @param rawCustomerId whose wallet; null or empty for the caller's own */
    @Transactional
    public Wallet get(Caller caller, String rawCustomerId) {
        caller.requireSignedIn();
        String customerId;
        if (rawCustomerId == null || rawCustomerId.isEmpty()) {
            caller.requireAnyRole(Caller.CUSTOMER);
            customerId = caller.userId();
        } else {
            customerId = Ids.uuid(rawCustomerId, "customer_id");
            PaymentAccess.requireCustomerOrStaff(caller, customerId);
        }
        return wallets.byCustomer(customerId).orElseGet(() -> Wallet.empty(customerId, policy.currency()));
    }
}
