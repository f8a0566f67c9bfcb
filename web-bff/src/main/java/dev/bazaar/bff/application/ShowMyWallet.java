package dev.bazaar.bff.application;

import dev.bazaar.bff.application.port.out.Wallets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Use case: a customer reads their wallet's balance. payment-service decides who may. */
@ApplicationScoped
public class ShowMyWallet {

    private final Wallets wallets;

    @Inject
    public ShowMyWallet(Wallets wallets) {
        this.wallets = wallets;
    }

    public Money balance() {
        return wallets.balance();
    }
}
