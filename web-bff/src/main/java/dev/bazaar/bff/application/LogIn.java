package dev.bazaar.bff.application;

import dev.bazaar.bff.application.port.out.Accounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Use case: someone logs in and gets a session; the client address goes along for rate limiting. */
@ApplicationScoped
public class LogIn {

    private final Accounts accounts;

    @Inject
    public LogIn(Accounts accounts) {
        this.accounts = accounts;
    }

    public Session logIn(String email, String password, String clientAddress) {
        return accounts.logIn(email, password, clientAddress);
    }
}
