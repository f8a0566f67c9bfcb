package dev.bazaar.auth.application;

import dev.bazaar.auth.application.port.out.Sessions;
import dev.bazaar.auth.application.port.out.Users;
import dev.bazaar.auth.domain.session.IssuedRefreshToken;
import dev.bazaar.auth.domain.session.RefreshToken;
import dev.bazaar.auth.domain.session.Rotation;
import dev.bazaar.auth.domain.session.Session;
import dev.bazaar.auth.domain.user.User;
import dev.bazaar.platform.error.ApplicationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Use case: a client exchanges its refresh token for a new pair (rotation). A token that was
 * rotated already ends its whole session (reuse detection, see {@link Session#rotate}).
 */
@ApplicationScoped
public class RefreshSession {

    private static final Logger LOG = Logger.getLogger(RefreshSession.class.getName());

    private final Sessions sessions;
    private final Users users;
    private final IssueTokens issueTokens;
    private final TokenSettings settings;
    private final Clock clock;

    @Inject
    public RefreshSession(Sessions sessions, Users users, IssueTokens issueTokens, TokenSettings settings, Clock clock) {
        this.sessions = sessions;
        this.users = users;
        this.issueTokens = issueTokens;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Errors roll nothing back ({@code dontRollbackOn}): a detected reuse must stay revoked although
     * the caller gets an error. Every write before a throw here is such a deliberate revocation.
     */
    @Transactional(dontRollbackOn = ApplicationException.class)
    public TokenPair refresh(String presentedToken) {
        if (presentedToken == null || presentedToken.isBlank()) {
            throw ApplicationException.invalid("refresh_token", "must not be empty");
        }
        RefreshToken presented = RefreshToken.presented(presentedToken.strip());
        IssuedRefreshToken token = sessions.lockToken(presented.hash()).orElseThrow(() -> invalid("is unknown"));
        Session session = sessions.lockSession(token.sessionId()).orElseThrow(() -> invalid("has no session"));
        User user = users.byId(token.userId()).orElseThrow(() -> invalid("belongs to nobody"));
        Instant now = clock.instant();
        if (!user.isActive()) {
            session.revoke(now);
            sessions.save(session);
            throw invalid("belongs to a deactivated account");
        }
        RefreshToken next = issueTokens.newRefreshToken();
        Rotation rotation = session.rotate(token, next.hash(), now, settings.sessionPolicy());
        switch (rotation) {
            case Rotation.Rotated rotated -> {
                sessions.saveRotation(session, token, rotated.next());
                return issueTokens.pair(user, session.id(), next, rotated.next().expiresAt(), now);
            }
            case Rotation.ReuseDetected reuse -> {
                sessions.save(session);
                LOG.warning(() -> "Refresh token reused in session " + session.id() + " of user " + user.id()
                        + ": session revoked");
                throw ApplicationException.unauthenticated("refresh-token-reused",
                        "This refresh token was used before; the session has been ended as a precaution. Log in again.");
            }
            case Rotation.Rejected rejected -> throw invalid("is not valid any more: " + rejected.why());
        }
    }

    private static ApplicationException invalid(String why) {
        return ApplicationException.unauthenticated("token-invalid", "The refresh token " + why + ". Log in again.");
    }
}
