package dev.bazaar.bff.application.port.out;

import dev.bazaar.bff.application.ProductSummary;
import dev.bazaar.bff.application.Money;
import dev.bazaar.bff.application.ProductSummary.StockLevel;

import java.util.List;
import java.util.Map;

/**
 * store-service's products and their stock, as the BFF uses them. Calls carry the current
 * caller's access token (the platform forwards it); field violations name the BFF's JSON fields.
 */
public interface Products {

    /** Adds a product to a store of the current caller; its stock is {@code initialStock} available. */
    ProductSummary create(String storeId, String sku, String name, String description, Money price, long initialStock);

    /** Changes the fields that are not null. */
    ProductSummary update(String id, String name, String description, Money price, Boolean active);

    /** One product, active or not, without its stock. */
    ProductSummary product(String id);

    /** A page of the catalogue (active products of open stores), newest first. */
    Page list(String query, String storeId, int limit, String cursor);

    /** The stock of these products; those without one are left out, and all of them when the inventory does not answer in time. */
    Map<String, StockLevel> stocks(List<String> productIds);

    /** Sets the available units of a product, leaving reserved and sold as they are. */
    StockLevel setStock(String productId, long available, String reason);

    /** {@code nextCursor} null on the last page. */
    record Page(List<ProductSummary> items, String nextCursor) {
    }
}
