package dev.bazaar.store.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The one container-managed EntityManager that every persistence adapter of store-service goes
 * through. Helidon 4.2 keeps a transaction's persistence context per injected EntityManager
 * instance, and each persistence context takes its own database connection: two adapters with
 * their own {@code @PersistenceContext} could end up on two connections in one transaction, where
 * the second waits for the row locks of the first (a product insert checking its store's row that
 * the same use case locked) until the lock wait times out. Through this bean they share one.
 */
@ApplicationScoped
public class StoreDatabase {

    @PersistenceContext
    EntityManager entityManager;

    EntityManager entityManager() {
        return entityManager;
    }
}
