package dev.bazaar.auth.application;

import dev.bazaar.auth.application.port.out.Users;
import dev.bazaar.auth.domain.user.EmailAddress;
import dev.bazaar.auth.domain.user.User;
import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Use case: look a user up by email, for admins and internal callers only (emails are personal data). */
@ApplicationScoped
public class FindUserByEmail {

    private final Users users;

    @Inject
    public FindUserByEmail(Users users) {
        this.users = users;
    }

    public User find(Caller caller, String rawEmail) {
        caller.requireSignedIn();
        EmailAddress email = EmailAddress.of(rawEmail);
        if (!caller.isAdmin() && !caller.isInternal()) {
            throw ApplicationException.permissionDenied("role-required", "Only admins may look users up by email.");
        }
        return users.byEmail(email).orElseThrow(() -> ApplicationException.notFound("User with email", email));
    }
}
