package dev.bazaar.store.domain.product;

import java.time.Instant;

/**
 * A product was created or changed, with its whole state after the change. The shape is
 * api/events/ProductChanged.schema.json.
 */
public record ProductChanged(String productId, Change change, long version, String storeId, String storeName, String sku,
                             String name, String description, Price price, boolean active, Instant occurredAt) {

    public static final String TYPE = "ProductChanged";

    public enum Change {
        CREATED,
        UPDATED
    }
}
