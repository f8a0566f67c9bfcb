package dev.bazaar.order.application.port.out;

import dev.bazaar.order.domain.order.Money;

import java.util.List;

/** store-service's products, as PlaceOrder needs them for its price snapshot. */
public interface Catalog {

    /** A product as it is now; {@code orderable} is false when it is inactive or its store closed. */
    record Product(String id, String storeId, String sku, String name, Money price, boolean orderable) {
    }

    record Products(List<Product> found, List<String> missingIds) {
    }

    /**
     * @param ids 1 to 100 distinct product ids (UUIDs)
     * @throws dev.bazaar.platform.error.ApplicationException UNAVAILABLE when store-service
     *                                                        cannot be asked (safe to retry)
     */
    Products products(List<String> ids);
}
