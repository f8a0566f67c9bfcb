package dev.bazaar.auth.application;

import dev.bazaar.auth.application.port.out.AccessTokenSigner;
import dev.bazaar.auth.application.port.out.Sessions;
import dev.bazaar.auth.domain.session.RefreshToken;
import dev.bazaar.auth.domain.session.Session;
import dev.bazaar.auth.domain.session.SessionId;
import dev.bazaar.auth.domain.token.AccessTokenClaims;
import dev.bazaar.auth.domain.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Issues a session's tokens: an access token signed by the current key and an opaque refresh token. */
@ApplicationScoped
public class IssueTokens {

    private final Sessions sessions;
    private final SigningKeys keys;
    private final AccessTokenSigner signer;
    private final TokenSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public IssueTokens(Sessions sessions, SigningKeys keys, AccessTokenSigner signer, TokenSettings settings, Clock clock) {
        this.sessions = sessions;
        this.keys = keys;
        this.signer = signer;
        this.settings = settings;
        this.clock = clock;
    }

    /** Starts a new session (a new refresh-token family) for a user who just logged in. */
    @Transactional
    public TokenPair startSession(User user) {
        RefreshToken refreshToken = RefreshToken.generate(random);
        Instant now = clock.instant();
        Session.Started started = Session.start(user.id(), refreshToken.hash(), now, settings.sessionPolicy());
        sessions.add(started.session(), started.token());
        return pair(user, started.session().id(), refreshToken, started.token().expiresAt(), now);
    }

    /** A fresh refresh token, for a rotation; the caller stores its hash. */
    public RefreshToken newRefreshToken() {
        return RefreshToken.generate(random);
    }

    /**
     * The pair handed out for {@code refreshToken} of the session, with a new access token.
     *
     * @param refreshExpiresAt when the refresh token expires (at the latest when the session does)
     */
    public TokenPair pair(User user, SessionId session, RefreshToken refreshToken, Instant refreshExpiresAt,
                          Instant now) {
        var claims = AccessTokenClaims.of(user, session, settings.issuer(), settings.audience(), now,
                settings.accessTokenLifetime());
        return new TokenPair(signer.sign(claims, keys.signingKey()), refreshToken.reveal(),
                settings.accessTokenLifetime(), Duration.between(now, refreshExpiresAt));
    }
}
