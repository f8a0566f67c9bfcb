package dev.bazaar.auth.adapter.out.persistence;

import dev.bazaar.platform.data.ServiceDatabase;
import dev.bazaar.auth.application.port.out.LoginFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/** Failed logins in auth-service's schema, keyed by a hash of the throttling key. */
@ApplicationScoped
public class JpaLoginFailures implements LoginFailures {

    private final ServiceDatabase database;

    @Inject
    public JpaLoginFailures(ServiceDatabase database) {
        this.database = database;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String key, Instant at) {
        LoginFailureEntity failure = new LoginFailureEntity();
        failure.keyHash = hash(key);
        failure.failedAt = at;
        database.entityManager().persist(failure);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Instant> recent(String key, Instant since, int limit) {
        return database.entityManager().createQuery("""
                        SELECT f.failedAt FROM LoginFailureEntity f WHERE f.keyHash = :key AND f.failedAt > :since
                        ORDER BY f.failedAt DESC""", Instant.class)
                .setParameter("key", hash(key))
                .setParameter("since", since)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void clear(String key) {
        database.entityManager().createQuery("DELETE FROM LoginFailureEntity f WHERE f.keyHash = :key")
                .setParameter("key", hash(key))
                .executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int forgetUpTo(Instant cutoff) {
        return database.entityManager().createQuery("DELETE FROM LoginFailureEntity f WHERE f.failedAt <= :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
