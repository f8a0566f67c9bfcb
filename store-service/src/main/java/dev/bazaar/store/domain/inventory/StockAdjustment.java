package dev.bazaar.store.domain.inventory;

import dev.bazaar.store.domain.product.ProductId;

import java.time.Instant;

/** A change of a product's available units by its seller: from {@code previous} to {@code current}. */
public record StockAdjustment(ProductId productId, long previous, long current, Instant at) {

    public long delta() {
        return current - previous;
    }
}
