package dev.bazaar.auth.adapter.out.persistence;

import dev.bazaar.platform.data.ServiceDatabase;
import dev.bazaar.auth.application.port.out.Sessions;
import dev.bazaar.auth.domain.session.IssuedRefreshToken;
import dev.bazaar.auth.domain.session.RefreshTokenHash;
import dev.bazaar.auth.domain.session.Session;
import dev.bazaar.auth.domain.session.SessionId;
import dev.bazaar.auth.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Sessions and refresh tokens in auth's schema, through JPA. */
@ApplicationScoped
public class JpaSessions implements Sessions {

    private final ServiceDatabase database;

    @Inject
    public JpaSessions(ServiceDatabase database) {
        this.database = database;
    }

    @Override
    public void add(Session session, IssuedRefreshToken firstToken) {
        database.entityManager().persist(toEntity(session));
        database.entityManager().persist(toEntity(firstToken));
    }

    @Override
    public Optional<IssuedRefreshToken> lockToken(RefreshTokenHash hash) {
        return Optional.ofNullable(database.entityManager().find(RefreshTokenEntity.class, hash.hex(), LockModeType.PESSIMISTIC_WRITE))
                .map(JpaSessions::toDomain);
    }

    @Override
    public Optional<Session> lockSession(SessionId id) {
        return Optional.ofNullable(database.entityManager().find(SessionEntity.class, id.toString(), LockModeType.PESSIMISTIC_WRITE))
                .map(JpaSessions::toDomain);
    }

    @Override
    public Optional<Session> byId(SessionId id) {
        return Optional.ofNullable(database.entityManager().find(SessionEntity.class, id.toString())).map(JpaSessions::toDomain);
    }

    @Override
    public void saveRotation(Session session, IssuedRefreshToken presented, IssuedRefreshToken next) {
        save(session);
        database.entityManager().find(RefreshTokenEntity.class, presented.hash().hex()).rotatedAt = presented.rotatedAt();
        database.entityManager().persist(toEntity(next));
    }

    @Override
    public void save(Session session) {
        database.entityManager().find(SessionEntity.class, session.id().toString()).revokedAt = session.revokedAt();
    }

    @Override
    public int revokeAllOf(UserId userId, Instant now) {
        // Managed entities, not a bulk UPDATE: a bulk statement went out on another connection than
        // the flush of the same transaction's other changes, and the two waited on each other.
        List<SessionEntity> open = database.entityManager().createQuery(
                        "SELECT s FROM SessionEntity s WHERE s.userId = :user AND s.revokedAt IS NULL", SessionEntity.class)
                .setParameter("user", userId.toString())
                .getResultList();
        open.forEach(session -> session.revokedAt = now);
        return open.size();
    }

    @Override
    public int deleteEndedBefore(Instant cutoff, int limit) {
        // The derived table lets MariaDB delete from the table the subquery reads; the tokens go
        // with their session (ON DELETE CASCADE).
        return database.entityManager().createNativeQuery("""
                        DELETE FROM sessions WHERE id IN (SELECT id FROM (
                            SELECT s.id FROM sessions s
                            WHERE s.revoked_at < ?1
                               OR NOT EXISTS (SELECT 1 FROM refresh_tokens t WHERE t.session_id = s.id AND t.expires_at >= ?1)
                            LIMIT ?2) ended)""")
                .setParameter(1, cutoff)
                .setParameter(2, limit)
                .executeUpdate();
    }

    private static SessionEntity toEntity(Session session) {
        SessionEntity entity = new SessionEntity();
        entity.id = session.id().toString();
        entity.userId = session.userId().toString();
        entity.startedAt = session.startedAt();
        entity.revokedAt = session.revokedAt();
        return entity;
    }

    private static RefreshTokenEntity toEntity(IssuedRefreshToken token) {
        RefreshTokenEntity entity = new RefreshTokenEntity();
        entity.tokenHash = token.hash().hex();
        entity.sessionId = token.sessionId().toString();
        entity.userId = token.userId().toString();
        entity.issuedAt = token.issuedAt();
        entity.expiresAt = token.expiresAt();
        entity.rotatedAt = token.rotatedAt();
        return entity;
    }

    private static Session toDomain(SessionEntity entity) {
        return new Session(SessionId.of(entity.id), new UserId(UUID.fromString(entity.userId)), entity.startedAt,
                entity.revokedAt);
    }

    private static IssuedRefreshToken toDomain(RefreshTokenEntity entity) {
        return new IssuedRefreshToken(new RefreshTokenHash(entity.tokenHash), SessionId.of(entity.sessionId),
                new UserId(UUID.fromString(entity.userId)), entity.issuedAt, entity.expiresAt, entity.rotatedAt);
    }
}
