package dev.bazaar.auth.application;

import dev.bazaar.auth.application.port.out.Users;
import dev.bazaar.auth.domain.user.User;
import dev.bazaar.auth.domain.user.UserId;
import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Use case: read one user. A user reads themself; an admin or an internal caller reads anyone. */
@ApplicationScoped
public class GetUser {

    private final Users users;

    @Inject
    public GetUser(Users users) {
        this.users = users;
    }

    public User get(Caller caller, String rawId) {
        caller.requireSignedIn();
        UserId id = UserId.of(rawId, "id");
        if (!caller.is(id.toString()) && !caller.isAdmin() && !caller.isInternal()) {
            throw ApplicationException.permissionDenied("not-owner", "You may only read your own account.");
        }
        return users.byId(id).orElseThrow(() -> ApplicationException.notFound("User", id));
    }
}
