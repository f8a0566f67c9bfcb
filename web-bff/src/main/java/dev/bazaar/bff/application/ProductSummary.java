package dev.bazaar.bff.application;

import java.time.Instant;

/**
 * A product as the shop's clients see it, with its stock when it was asked for.
 *
 * @param active whether it can be ordered now (offered by its seller, and its store open)
 * @param stock  null when the stock is unknown (store-service found no stock for it)
 */
public record ProductSummary(String id, String storeId, String storeName, String sku, String name, String description,
                             Money price, boolean active, long version, Instant createdAt, Instant updatedAt,
                             StockLevel stock) {

    /** An amount in minor units of an ISO 4217 currency. */

    /** Units of one product: available to order, held by orders in progress, sold. */
    public record StockLevel(long available, long reserved, long sold) {
    }

    public ProductSummary withStock(StockLevel levels) {
        return new ProductSummary(id, storeId, storeName, sku, name, description, price, active, version, createdAt,
                updatedAt, levels);
    }
}
