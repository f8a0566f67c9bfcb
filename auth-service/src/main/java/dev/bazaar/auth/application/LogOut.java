package dev.bazaar.auth.application;

import dev.bazaar.auth.application.port.out.Sessions;
import dev.bazaar.auth.domain.session.IssuedRefreshToken;
import dev.bazaar.auth.domain.session.RefreshToken;
import dev.bazaar.auth.domain.session.Session;
import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * Use case: a signed-in user ends a session: its refresh token and every token rotated from the
 * same login stop working. Ending an ended session succeeds: the caller's goal holds.
 */
@ApplicationScoped
public class LogOut {

    private final Sessions sessions;
    private final Clock clock;

    @Inject
    public LogOut(Sessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Transactional
    public void logOut(Caller caller, String presentedToken) {
        caller.requireSignedIn();
        if (presentedToken == null || presentedToken.isBlank()) {
            throw ApplicationException.invalid("refresh_token", "must not be empty");
        }
        IssuedRefreshToken token = sessions.lockToken(RefreshToken.presented(presentedToken.strip()).hash())
                .orElseThrow(() -> ApplicationException.notFound("Refresh token", "(as given)"));
        if (!caller.is(token.userId().toString())) {
            throw ApplicationException.permissionDenied("not-owner", "This refresh token belongs to another user.");
        }
        Session session = sessions.lockSession(token.sessionId())
                .orElseThrow(() -> ApplicationException.notFound("Session", token.sessionId()));
        session.revoke(clock.instant());
        sessions.save(session);
    }
}
