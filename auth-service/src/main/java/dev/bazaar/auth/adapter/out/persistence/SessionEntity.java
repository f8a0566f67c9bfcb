package dev.bazaar.auth.adapter.out.persistence;

import jakarta.persistence.Column;
import org.hibernate.annotations.DynamicUpdate;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The {@code sessions} table (V2__sessions_and_signing_keys.sql). */
@Entity
// Only the changed columns in UPDATEs: a revocation or rotation never rewrites the foreign keys, so
// it takes no shared lock on the parent row, which the same transaction may be updating on another
// connection (Helidon's JTA over a plain pool runs each persistence context on its own connection).
@DynamicUpdate
@Table(name = "sessions")
class SessionEntity {

    @Id
    @Column(length = 36)
    String id;

    @Column(name = "user_id", nullable = false, length = 36)
    String userId;

    @Column(name = "started_at", nullable = false)
    Instant startedAt;

    @Column(name = "revoked_at")
    Instant revokedAt;
}
