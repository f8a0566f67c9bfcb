package dev.bazaar.bff.application;

import dev.bazaar.bff.application.port.out.Accounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Use case: a signed-in user ends one of their sessions. */
@ApplicationScoped
public class LogOut {

    private final Accounts accounts;

    @Inject
    public LogOut(Accounts accounts) {
        this.accounts = accounts;
    }

    public void logOut(String refreshToken) {
        accounts.logOut(refreshToken);
    }
}
