package dev.bazaar.bff.application;

import dev.bazaar.bff.application.port.out.Accounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Use case: a client trades its refresh token for new tokens (the old refresh token is used up). */
@ApplicationScoped
public class RefreshSession {

    private final Accounts accounts;

    @Inject
    public RefreshSession(Accounts accounts) {
        this.accounts = accounts;
    }

    public Session refresh(String refreshToken) {
        return accounts.refresh(refreshToken);
    }
}
