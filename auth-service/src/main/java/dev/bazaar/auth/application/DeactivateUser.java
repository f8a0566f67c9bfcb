package dev.bazaar.auth.application;

import dev.bazaar.auth.application.port.out.Sessions;
import dev.bazaar.auth.application.port.out.Users;
import dev.bazaar.auth.domain.user.DeactivationReason;
import dev.bazaar.auth.domain.user.User;
import dev.bazaar.auth.domain.user.UserDeactivated;
import dev.bazaar.auth.domain.user.UserId;
import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.Violations;
import dev.bazaar.platform.events.Outbox;
import dev.bazaar.platform.events.OutboxEvent;
import dev.bazaar.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Use case: an admin (or the user themself) deactivates an account. In one transaction: the
 * account can no longer log in, every session ends (refresh tokens stop working, introspection
 * reports its access tokens inactive), and {@code UserDeactivated} goes to the outbox.
 */
@ApplicationScoped
public class DeactivateUser {

    private static final Logger LOG = Logger.getLogger(DeactivateUser.class.getName());

    private final Users users;
    private final Sessions sessions;
    private final Outbox outbox;
    private final Clock clock;

    @Inject
    public DeactivateUser(Users users, Sessions sessions, Outbox outbox, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public User deactivate(Caller caller, String rawId, String rawReason) {
        caller.requireSignedIn();
        var violations = new Violations();
        UserId id = violations.check(() -> UserId.of(rawId, "id"));
        DeactivationReason reason = violations.check(() -> DeactivationReason.of(rawReason));
        violations.throwIfAny();
        if (!caller.is(id.toString()) && !caller.isAdmin()) {
            throw ApplicationException.permissionDenied("not-owner", "You may only deactivate your own account.");
        }
        User user = users.byId(id).orElseThrow(() -> ApplicationException.notFound("User", id));
        Instant now = clock.instant();
        UserDeactivated event = user.deactivate(UserId.of(caller.userId(), "caller"), reason, now);
        users.update(user);
        int ended = sessions.revokeAllOf(id, now);
        outbox.record(OutboxEvent.of("user", event.userId(), UserDeactivated.TYPE, event));
        LOG.info(() -> "User " + id + " deactivated by " + caller.userId() + "; " + ended + " session(s) ended");
        return user;
    }
}
