package dev.bazaar.store.application.port.out;

import dev.bazaar.store.application.CatalogProduct;
import dev.bazaar.store.domain.product.Product;
import dev.bazaar.store.domain.product.ProductId;
import dev.bazaar.store.domain.store.StoreId;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where products are kept; reads come with their store's name and status. */
public interface Products {

    Optional<CatalogProduct> byId(ProductId id);

    /** The product, locked for change until the transaction ends. */
    Optional<Product> byIdForUpdate(ProductId id);

    /** The products of these ids that exist, in no particular order. */
    List<CatalogProduct> byIds(Collection<ProductId> ids);

    /**
     * Adds a new product.
     *
     * @throws dev.bazaar.platform.error.ApplicationException ALREADY_EXISTS (duplicate) when its
     *                                                        SKU is taken in its store
     */
    void add(Product product);

    /** Stores a change of an existing product. */
    void update(Product product);

    /**
     * Products newest first (created_at, then id, both descending) after {@code after} when given,
     * that match the search; at most {@code limit}.
     */
    List<CatalogProduct> page(Search search, Position after, int limit);

    /**
     * @param words           each must occur in the name, description or SKU, case-insensitively
     *                        (lower-cased already); empty matches all
     * @param storeId         only this store's products, or null for every store
     * @param includeInactive also inactive products and those of closed stores
     */
    record Search(List<String> words, StoreId storeId, boolean includeInactive) {
    }

    /** Where a page ends: the last product's creation time and id. */
    record Position(Instant createdAt, ProductId id) {
    }
}
