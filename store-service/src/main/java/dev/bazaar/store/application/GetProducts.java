package dev.bazaar.store.application;

import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.store.application.port.out.Products;
import dev.bazaar.store.domain.product.ProductId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Use case: anyone reads products by id, active or not (orders show products that have since
 * been deactivated): one, or up to 100 at once for order-service's price snapshot and the BFF.
 */
@ApplicationScoped
public class GetProducts {

    /** The products found, in the order asked for, and the ids with no product. */
    public record Batch(List<CatalogProduct> products, List<String> missingIds) {
    }

    private final Products products;

    @Inject
    public GetProducts(Products products) {
        this.products = products;
    }

    @Transactional
    public CatalogProduct get(String rawId) {
        ProductId id = ProductId.of(rawId, "id");
        return products.byId(id).orElseThrow(() -> ApplicationException.notFound("Product", id));
    }

    @Transactional
    public Batch get(List<String> rawIds) {
        IdBatch batch = IdBatch.of(rawIds, "ids");
        var found = batch.arrange(products.byIds(batch.ids()).stream()
                .collect(Collectors.toMap(p -> p.product().id(), Function.identity())));
        return new Batch(found.items(), found.missingIds());
    }
}
