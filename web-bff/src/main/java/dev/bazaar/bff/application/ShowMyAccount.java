package dev.bazaar.bff.application;

import dev.bazaar.bff.application.port.out.Accounts;
import dev.bazaar.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Use case: a signed-in user reads their own account. */
@ApplicationScoped
public class ShowMyAccount {

    private final Accounts accounts;

    @Inject
    public ShowMyAccount(Accounts accounts) {
        this.accounts = accounts;
    }

    public Account show(Caller caller) {
        return accounts.account(caller.requireSignedIn().userId());
    }
}
