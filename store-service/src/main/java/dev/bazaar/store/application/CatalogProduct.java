package dev.bazaar.store.application;

import dev.bazaar.store.domain.product.Product;

/**
 * A product as the catalogue shows it: with its store's current name, and orderable only while it
 * is active and its store open.
 */
public record CatalogProduct(Product product, String storeName, boolean storeOpen) {

    /** Whether it can be ordered now (bazaar.store.v1.Product.active). */
    public boolean orderable() {
        return product.isActive() && storeOpen;
    }
}
