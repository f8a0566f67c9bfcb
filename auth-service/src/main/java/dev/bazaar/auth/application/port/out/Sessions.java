package dev.bazaar.auth.application.port.out;

import dev.bazaar.auth.domain.session.IssuedRefreshToken;
import dev.bazaar.auth.domain.session.RefreshTokenHash;
import dev.bazaar.auth.domain.session.Session;
import dev.bazaar.auth.domain.session.SessionId;
import dev.bazaar.auth.domain.user.UserId;

import java.time.Instant;
import java.util.Optional;

/** Where sessions and their refresh tokens (by hash) are kept. Every method joins the caller's transaction. */
public interface Sessions {

    /** Stores a new session with its first refresh token. */
    void add(Session session, IssuedRefreshToken firstToken);

    /**
     * The refresh token with this hash, locked until the transaction ends, so two concurrent
     * refreshes with one token are serialised: the second sees it rotated.
     */
    Optional<IssuedRefreshToken> lockToken(RefreshTokenHash hash);

    /** The session, locked until the transaction ends. */
    Optional<Session> lockSession(SessionId id);

    Optional<Session> byId(SessionId id);

    /** Stores what a rotation changed: the presented token (rotated), the next one, the session (maybe revoked). */
    void saveRotation(Session session, IssuedRefreshToken presented, IssuedRefreshToken next);

    /** Stores the session's revocation. */
    void save(Session session);

    /** Ends every open session of the user; returns how many. */
    int revokeAllOf(UserId userId, Instant now);

    /**
     * Deletes up to {@code limit} sessions, with their refresh tokens, that ended before
     * {@code cutoff}: revoked then, or with every token expired by then. Returns how many.
     */
    int deleteEndedBefore(Instant cutoff, int limit);
}
