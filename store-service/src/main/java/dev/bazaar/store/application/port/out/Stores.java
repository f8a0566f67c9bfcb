package dev.bazaar.store.application.port.out;

import dev.bazaar.store.domain.store.Store;
import dev.bazaar.store.domain.store.StoreId;
import dev.bazaar.store.domain.store.StoreName;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where stores are kept. */
public interface Stores {

    Optional<Store> byId(StoreId id);

    /** The store, locked for change until the transaction ends. */
    Optional<Store> byIdForUpdate(StoreId id);

    /** Whether the owner has an open store of this name (case-insensitively) other than {@code except}. */
    boolean ownerHasOpenNamed(String ownerId, StoreName name, StoreId except);

    /**
     * Adds a new store.
     *
     * @throws dev.bazaar.platform.error.ApplicationException ALREADY_EXISTS when a concurrent
     *                                                        opening took the name
     */
    void add(Store store);

    /** Stores a change of an existing store. */
    void update(Store store);

    /**
     * Stores oldest first (created_at, then id), after {@code after} when given, of {@code ownerId}
     * when given, closed ones only when {@code includeClosed}; at most {@code limit}.
     */
    List<Store> page(Position after, String ownerId, boolean includeClosed, int limit);

    /** Where a page ends: the last store's creation time and id. */
    record Position(Instant createdAt, StoreId id) {
    }
}
