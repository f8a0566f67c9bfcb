package dev.bazaar.platform.data;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The service's one container-managed EntityManager: the outbox, the inbox and the service's own
 * persistence adapters all go through it, so one transaction uses one persistence context and one
 * database connection.
 *
 * <p>Why not a {@code @PersistenceContext} in each bean: Helidon 4.2 keeps a transaction's
 * persistence context per injected EntityManager instance, and hands out a new instance to beans
 * created on another thread; each persistence context takes its own connection. Two adapters of
 * one use case could then write on two connections: the second waits for the row locks of the
 * first (a product insert checking the store row the same use case locked) until the lock wait
 * times out, and under load every transaction holding two pooled connections can exhaust the pool
 * while waiting for row locks held by transactions that wait for a connection.
 */
@ApplicationScoped
public class ServiceDatabase {

    @PersistenceContext
    EntityManager entityManager;

    /** The EntityManager of the current transaction (of the calling thread when there is none). */
    public EntityManager entityManager() {
        return entityManager;
    }
}
