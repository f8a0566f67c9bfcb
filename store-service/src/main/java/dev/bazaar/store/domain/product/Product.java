package dev.bazaar.store.domain.product;

import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.store.domain.store.StoreId;

import java.time.Instant;
import java.util.Objects;

/**
 * A product of a store, the aggregate: its shown fields, its price and whether its seller offers
 * it. Every change bumps {@link #version()} by one (from 1), which orders its ProductChanged events
 * and guards a seller's read-modify-write ({@code expected_version}). Stock lives apart
 * ({@link dev.bazaar.store.domain.inventory.Stock}); whether the store is open is the store's.
 */
public final class Product {

    private final ProductId id;
    private final StoreId storeId;
    private final Sku sku;
    private ProductName name;
    private ProductDescription description;
    private Price price;
    private boolean active;
    private long version;
    private final Instant createdAt;
    private Instant updatedAt;

    public Product(ProductId id, StoreId storeId, Sku sku, ProductName name, ProductDescription description, Price price,
                   boolean active, long version, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.storeId = Objects.requireNonNull(storeId, "storeId");
        this.sku = Objects.requireNonNull(sku, "sku");
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.price = Objects.requireNonNull(price, "price");
        this.active = active;
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1");
        }
        this.version = version;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new, active product at version 1. */
    public static Product create(StoreId storeId, Sku sku, ProductName name, ProductDescription description, Price price,
                                 Instant now) {
        return new Product(ProductId.random(), storeId, sku, name, description, price, true, 1, now, now);
    }

    /** What an update sets; a null component keeps the current value. */
    public record Changes(ProductName name, ProductDescription description, Price price, Boolean active) {

        public boolean isEmpty() {
            return name == null && description == null && price == null && active == null;
        }
    }

    /**
     * Applies the changes and moves to the next version.
     *
     * @param expectedVersion null for last-writer-wins
     * @throws ApplicationException STALE_VERSION (version-conflict) when {@code expectedVersion} is
     *                              set and not the current version
     */
    public void update(Changes changes, Long expectedVersion, Instant now) {
        if (expectedVersion != null && expectedVersion != version) {
            throw ApplicationException.versionConflict("The product is at version " + version + ", not "
                    + expectedVersion + "; read it again.");
        }
        if (changes.name() != null) {
            name = changes.name();
        }
        if (changes.description() != null) {
            description = changes.description();
        }
        if (changes.price() != null) {
            price = changes.price();
        }
        if (changes.active() != null) {
            active = changes.active();
        }
        version++;
        updatedAt = now;
    }

    /** The event announcing the product's state as it is now. */
    public ProductChanged changed(String storeName) {
        return new ProductChanged(id.toString(), version == 1 ? ProductChanged.Change.CREATED : ProductChanged.Change.UPDATED,
                version, storeId.toString(), storeName, sku.value(), name.value(), description.value(), price, active,
                updatedAt);
    }

    public ProductId id() {
        return id;
    }

    public StoreId storeId() {
        return storeId;
    }

    public Sku sku() {
        return sku;
    }

    public ProductName name() {
        return name;
    }

    public ProductDescription description() {
        return description;
    }

    public Price price() {
        return price;
    }

    /** Whether its seller offers it; it can be ordered only while its store is open, too. */
    public boolean isActive() {
        return active;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
