package dev.bazaar.auth.domain.session;

import dev.bazaar.auth.domain.user.UserId;

import java.time.Instant;
import java.util.Objects;

/**
 * A refresh token that was handed out, as auth-service remembers it (by hash). It is good once:
 * rotating it marks it rotated, and a rotated token presented again gives its session away as
 * stolen (see {@link Session#rotate}).
 */
public final class IssuedRefreshToken {

    private final RefreshTokenHash hash;
    private final SessionId sessionId;
    private final UserId userId;
    private final Instant issuedAt;
    private final Instant expiresAt;
    private Instant rotatedAt;

    public IssuedRefreshToken(RefreshTokenHash hash, SessionId sessionId, UserId userId, Instant issuedAt,
                              Instant expiresAt, Instant rotatedAt) {
        this.hash = Objects.requireNonNull(hash, "hash");
        this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
        this.userId = Objects.requireNonNull(userId, "userId");
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.rotatedAt = rotatedAt;
    }

    public boolean isRotated() {
        return rotatedAt != null;
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    void markRotated(Instant now) {
        rotatedAt = now;
    }

    public RefreshTokenHash hash() {
        return hash;
    }

    public SessionId sessionId() {
        return sessionId;
    }

    public UserId userId() {
        return userId;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant rotatedAt() {
        return rotatedAt;
    }
}
