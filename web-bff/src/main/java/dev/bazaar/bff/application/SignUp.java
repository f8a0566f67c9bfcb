package dev.bazaar.bff.application;

import dev.bazaar.bff.application.port.out.Accounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Use case: someone creates an account as a customer or a seller. auth-service checks every field. */
@ApplicationScoped
public class SignUp {

    private final Accounts accounts;

    @Inject
    public SignUp(Accounts accounts) {
        this.accounts = accounts;
    }

    public Account signUp(String email, String password, String displayName, String role) {
        return accounts.register(email, password, displayName, role);
    }
}
