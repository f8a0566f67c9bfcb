package dev.bazaar.store.adapter.out.persistence;

import dev.bazaar.platform.data.ServiceDatabase;
import dev.bazaar.store.application.OpenStore;
import dev.bazaar.store.application.port.out.Stores;
import dev.bazaar.store.domain.store.Store;
import dev.bazaar.store.domain.store.StoreDescription;
import dev.bazaar.store.domain.store.StoreId;
import dev.bazaar.store.domain.store.StoreName;
import dev.bazaar.store.domain.store.StoreStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores in store-service's own schema, through JPA. */
@ApplicationScoped
public class JpaStores implements Stores {

    private final ServiceDatabase database;

    @Inject
    public JpaStores(ServiceDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<Store> byId(StoreId id) {
        return Optional.ofNullable(database.entityManager().find(StoreEntity.class, id.toString())).map(JpaStores::toDomain);
    }

    @Override
    public Optional<Store> byIdForUpdate(StoreId id) {
        return Optional.ofNullable(database.entityManager().find(StoreEntity.class, id.toString(), LockModeType.PESSIMISTIC_WRITE))
                .map(JpaStores::toDomain);
    }

    @Override
    public boolean ownerHasOpenNamed(String ownerId, StoreName name, StoreId except) {
        return !database.entityManager().createQuery("""
                        SELECT s.id FROM StoreEntity s
                        WHERE s.ownerId = :owner AND s.status = 'OPEN' AND LOWER(s.name) = :key AND s.id <> :except""",
                        String.class)
                .setParameter("owner", ownerId)
                .setParameter("key", name.key())
                .setParameter("except", except == null ? "" : except.toString())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public void add(Store store) {
        StoreEntity entity = new StoreEntity();
        entity.id = store.id().toString();
        entity.ownerId = store.ownerId();
        entity.createdAt = store.createdAt();
        copy(store, entity);
        persistAndFlush(() -> database.entityManager().persist(entity));
    }

    @Override
    public void update(Store store) {
        StoreEntity entity = database.entityManager().find(StoreEntity.class, store.id().toString());
        if (entity == null) {
            throw new IllegalStateException("store " + store.id() + " is not stored");
        }
        copy(store, entity);
        persistAndFlush(() -> { });
    }

    @Override
    public List<Store> page(Position after, String ownerId, boolean includeClosed, int limit) {
        String jpql = "SELECT s FROM StoreEntity s WHERE 1 = 1"
                + (after == null ? "" : " AND (s.createdAt > :at OR (s.createdAt = :at AND s.id > :id))")
                + (ownerId == null ? "" : " AND s.ownerId = :owner")
                + (includeClosed ? "" : " AND s.status = 'OPEN'")
                + " ORDER BY s.createdAt, s.id";
        var query = database.entityManager().createQuery(jpql, StoreEntity.class).setMaxResults(limit);
        if (after != null) {
            query.setParameter("at", after.createdAt()).setParameter("id", after.id().toString());
        }
        if (ownerId != null) {
            query.setParameter("owner", ownerId);
        }
        return query.getResultList().stream().map(JpaStores::toDomain).toList();
    }

    private void persistAndFlush(Runnable change) {
        try {
            change.run();
            // Flush now: a concurrent opening of the same name fails here, as a clear error.
            database.entityManager().flush();
        } catch (PersistenceException e) {
            if (UniqueKeys.violatedBy(e)) {
                throw OpenStore.nameTaken();
            }
            throw e;
        }
    }

    private static void copy(Store store, StoreEntity entity) {
        entity.name = store.name().value();
        entity.description = store.description().value();
        entity.status = store.status().name();
        entity.updatedAt = store.updatedAt();
    }

    private static Store toDomain(StoreEntity entity) {
        return new Store(new StoreId(UUID.fromString(entity.id)), entity.ownerId, StoreName.of(entity.name),
                StoreDescription.of(entity.description), StoreStatus.valueOf(entity.status),
                entity.createdAt, entity.updatedAt);
    }
}
