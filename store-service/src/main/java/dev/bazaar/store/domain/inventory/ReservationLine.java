package dev.bazaar.store.domain.inventory;

import dev.bazaar.store.domain.product.ProductId;

import java.util.Objects;

/** Units of one product held by a reservation: 1 to 999, as ordered. */
public record ReservationLine(ProductId productId, int quantity) {

    public static final int MAX_QUANTITY = 999;

    public ReservationLine {
        Objects.requireNonNull(productId, "productId");
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("quantity must be 1 to " + MAX_QUANTITY + ": " + quantity);
        }
    }
}
