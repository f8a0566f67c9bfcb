package dev.bazaar.auth.adapter.out.persistence;

import jakarta.persistence.Column;
import org.hibernate.annotations.DynamicUpdate;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The {@code refresh_tokens} table: tokens by hash, never in clear. */
@Entity
// Only the changed columns in UPDATEs: a revocation or rotation never rewrites the foreign keys, so
// it takes no shared lock on the parent row, which the same transaction may be updating on another
// connection (Helidon's JTA over a plain pool runs each persistence context on its own connection).
@DynamicUpdate
@Table(name = "refresh_tokens")
class RefreshTokenEntity {

    @Id
    @Column(name = "token_hash", length = 64)
    String tokenHash;

    @Column(name = "session_id", nullable = false, length = 36)
    String sessionId;

    @Column(name = "user_id", nullable = false, length = 36)
    String userId;

    @Column(name = "issued_at", nullable = false)
    Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    Instant expiresAt;

    @Column(name = "rotated_at")
    Instant rotatedAt;
}
