package dev.bazaar.order.domain.order;

import java.util.Objects;

/**
 * One line of an order: a product, how many, and what it was called and cost when the order was
 * placed. The snapshot is what the customer agreed to; later price changes do not touch it.
 */
public record OrderLine(String productId, String storeId, String sku, String productName, int quantity,
                        Money unitPrice) {

    public static final int MAX_QUANTITY = 999;

    public OrderLine {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("quantity out of range: " + quantity);
        }
    }

    public Money lineTotal() {
        return unitPrice.times(quantity);
    }
}
