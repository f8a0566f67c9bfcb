package dev.bazaar.store.domain.store;

import dev.bazaar.platform.error.ApplicationException;

import java.time.Instant;
import java.util.Objects;

/**
 * A seller's store, the aggregate: opened by its owner, renamed or re-described while open, closed
 * for good. Who may do what is the application's decision; the store guards its own states.
 */
public final class Store {

    private final StoreId id;
    private final String ownerId;
    private StoreName name;
    private StoreDescription description;
    private StoreStatus status;
    private final Instant createdAt;
    private Instant updatedAt;

    public Store(StoreId id, String ownerId, StoreName name, StoreDescription description, StoreStatus status,
                 Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.ownerId = Objects.requireNonNull(ownerId, "ownerId");
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new store and the event announcing it. */
    public record Opening(Store store, StoreOpened event) {
    }

    public static Opening open(String ownerId, StoreName name, StoreDescription description, Instant now) {
        Store store = new Store(StoreId.random(), ownerId, name, description, StoreStatus.OPEN, now, now);
        return new Opening(store, new StoreOpened(store.id.toString(), ownerId, name.value(), description.value(), now));
    }

    /**
     * Changes the name and/or the description (null keeps the current one).
     *
     * @throws ApplicationException FAILED_PRECONDITION (illegal-transition) when closed
     */
    public void update(StoreName newName, StoreDescription newDescription, Instant now) {
        requireOpen("A closed store cannot be changed.");
        if (newName != null) {
            name = newName;
        }
        if (newDescription != null) {
            description = newDescription;
        }
        updatedAt = now;
    }

    /** @throws ApplicationException FAILED_PRECONDITION (illegal-transition) when closed already */
    public void close(Instant now) {
        requireOpen("The store is closed already.");
        status = StoreStatus.CLOSED;
        updatedAt = now;
    }

    private void requireOpen(String message) {
        if (status != StoreStatus.OPEN) {
            throw ApplicationException.conflict("illegal-transition", message);
        }
    }

    public boolean isOwnedBy(String userId) {
        return ownerId.equals(userId);
    }

    public boolean isOpen() {
        return status == StoreStatus.OPEN;
    }

    public StoreId id() {
        return id;
    }

    public String ownerId() {
        return ownerId;
    }

    public StoreName name() {
        return name;
    }

    public StoreDescription description() {
        return description;
    }

    public StoreStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
