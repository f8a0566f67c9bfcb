package dev.bazaar.auth.domain.session;

import dev.bazaar.auth.domain.user.UserId;

import java.time.Instant;
import java.util.Objects;

/**
 * One login, and the family of refresh tokens rotated from it. Refresh-token rotation with reuse
 * detection (OAuth 2.0 Security BCP, RFC 9700 §4.14.2): every refresh uses the presented token up
 * and issues the next one; if a used-up token comes back, either its holder or a thief is replaying
 * it and nobody can tell which, so the whole session ends for both.
 */
public final class Session {

    private final SessionId id;
    private final UserId userId;
    private final Instant startedAt;
    private Instant revokedAt;

    public Session(SessionId id, UserId userId, Instant startedAt, Instant revokedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.userId = Objects.requireNonNull(userId, "userId");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.revokedAt = revokedAt;
    }

    /** A new session for a user who just proved who they are, with its first refresh token. */
    public static Started start(UserId userId, RefreshTokenHash firstToken, Instant now, SessionPolicy policy) {
        Session session = new Session(SessionId.random(), userId, now, null);
        return new Started(session, session.issue(firstToken, now, policy));
    }

    public record Started(Session session, IssuedRefreshToken token) {
    }

    /**
     * Presents {@code presented}, a token of this session, for a new one ({@code next}).
     * Order matters: an ended session answers nothing else; a used-up token revokes the session
     * even when it has also expired since (its replay is the signal, whatever its age).
     */
    public Rotation rotate(IssuedRefreshToken presented, RefreshTokenHash next, Instant now, SessionPolicy policy) {
        if (!presented.sessionId().equals(id)) {
            throw new IllegalArgumentException("token " + presented.sessionId() + " is not of session " + id);
        }
        if (isRevoked()) {
            return new Rotation.Rejected("the session has ended");
        }
        if (presented.isRotated()) {
            revoke(now);
            return new Rotation.ReuseDetected();
        }
        if (presented.isExpiredAt(now)) {
            return new Rotation.Rejected("the refresh token has expired");
        }
        presented.markRotated(now);
        return new Rotation.Rotated(issue(next, now, policy));
    }

    /** A new token of this session: it lives its lifetime, but never beyond the session's end. */
    private IssuedRefreshToken issue(RefreshTokenHash hash, Instant now, SessionPolicy policy) {
        Instant sessionEnd = startedAt.plus(policy.maxLifetime());
        Instant tokenEnd = now.plus(policy.refreshTokenLifetime());
        return new IssuedRefreshToken(hash, id, userId, now, tokenEnd.isBefore(sessionEnd) ? tokenEnd : sessionEnd, null);
    }

    /** Ends the session: none of its refresh tokens works any more. Ending it twice changes nothing. */
    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public SessionId id() {
        return id;
    }

    public UserId userId() {
        return userId;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
