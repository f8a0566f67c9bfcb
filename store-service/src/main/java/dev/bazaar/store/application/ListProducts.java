package dev.bazaar.store.application;

import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.Violations;
import dev.bazaar.platform.security.Caller;
import dev.bazaar.store.application.port.out.Products;
import dev.bazaar.store.application.port.out.Stores;
import dev.bazaar.store.domain.product.ProductId;
import dev.bazaar.store.domain.store.StoreId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Use case: anyone searches the catalogue, newest first (creation time, then id, descending), a
 * page at a time. The query's words must each occur in a product's name, description or SKU,
 * case-insensitively. Only active products of open stores, unless the owner of the store asked
 * for (or an admin) includes the rest.
 */
@ApplicationScoped
public class ListProducts {

    public static final int MAX_QUERY = 200;
    private static final String LIST = "p1";

    /** {@code storeId} null or empty for every store; {@code cursor} null or empty for the first page. */
    public record Query(String text, String storeId, int limit, String cursor, boolean includeInactive) {
    }

    /** {@code nextCursor} null on the last page. */
    public record Page(List<CatalogProduct> items, String nextCursor) {
    }

    private final Products products;
    private final Stores stores;

    @Inject
    public ListProducts(Products products, Stores stores) {
        this.products = products;
        this.stores = stores;
    }

    @Transactional
    public Page list(Caller caller, Query query) {
        var violations = new Violations();
        String text = query.text() == null ? "" : query.text().strip();
        if (text.codePointCount(0, text.length()) > MAX_QUERY) {
            violations.add("query", "must be at most " + MAX_QUERY + " characters");
        }
        StoreId storeId = query.storeId() == null || query.storeId().isEmpty() ? null
                : violations.check(() -> StoreId.of(query.storeId(), "store_id"));
        int limit = PageCursors.limit(query.limit(), violations);
        List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isEmpty()).toList();
        String filters = (storeId == null ? "*" : storeId) + "," + query.includeInactive() + "," + String.join(" ", words);
        PageCursors.Position after = violations.check(() -> PageCursors.decode(query.cursor(), LIST, filters));
        violations.throwIfAny();
        if (query.includeInactive()) {
            requireMayIncludeInactive(caller, storeId);
        }

        List<CatalogProduct> found = products.page(new Products.Search(words, storeId, query.includeInactive()),
                after == null ? null : new Products.Position(after.createdAt(), new ProductId(after.id())), limit + 1);
        if (found.size() <= limit) {
            return new Page(found, null);
        }
        var last = found.get(limit - 1).product();
        return new Page(List.copyOf(found.subList(0, limit)),
                PageCursors.encode(LIST, last.createdAt(), last.id().value(), filters));
    }

    /** Inactive products are for the owner of the store asked for, and for admins. */
    private void requireMayIncludeInactive(Caller caller, StoreId storeId) {
        caller.requireSignedIn();
        if (caller.isAdmin()) {
            return;
        }
        boolean owner = storeId != null && stores.byId(storeId).filter(store -> store.isOwnedBy(caller.userId())).isPresent();
        if (!owner) {
            throw ApplicationException.permissionDenied("not-owner",
                    "Only the store's owner or an admin may list its inactive products; name your store in store_id.");
        }
    }
}
