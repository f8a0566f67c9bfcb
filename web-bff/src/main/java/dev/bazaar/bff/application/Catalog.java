package dev.bazaar.bff.application;

import dev.bazaar.bff.application.Money;
import dev.bazaar.bff.application.ProductSummary.StockLevel;
import dev.bazaar.bff.application.port.out.Products;
import dev.bazaar.platform.error.ApplicationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;

/**
 * Use cases of the catalogue: sellers add and change products and set their stock; anyone
 * browses, searches and reads them, each with the units available now. store-service checks the
 * fields and who may; the BFF only checks what it asks for itself (the initial stock) and joins
 * products with their stock.
 */
@ApplicationScoped
public class Catalog {

    private final Products products;

    @Inject
    public Catalog(Products products) {
        this.products = products;
    }

    /** @param stock the initial available units; null for none */
    public ProductSummary add(String storeId, String sku, String name, String description, Money price, Long stock) {
        long initial = stock == null ? 0 : stock;
        if (initial < 0) {
            throw ApplicationException.invalid("stock", "must be 0 or more");
        }
        return products.create(storeId, sku, name, description, price, initial)
                .withStock(new StockLevel(initial, 0, 0));
    }

    public ProductSummary change(String id, String name, String description, Money price, Boolean active) {
        return withStock(products.update(id, name, description, price, active));
    }

    public ProductSummary show(String id) {
        return withStock(products.product(id));
    }

    public StockLevel setStock(String productId, Long available, String reason) {
        if (available == null) {
            throw ApplicationException.invalid("available", "is required");
        }
        return products.setStock(productId, available, reason);
    }

    /** A page of the catalogue, each product with its stock. */
    public Products.Page browse(String query, String storeId, int limit, String cursor) {
        Products.Page page = products.list(query, storeId, limit, cursor);
        if (page.items().isEmpty()) {
            return page;
        }
        Map<String, StockLevel> stocks = products.stocks(page.items().stream().map(ProductSummary::id).toList());
        List<ProductSummary> items = page.items().stream().map(p -> p.withStock(stocks.get(p.id()))).toList();
        return new Products.Page(items, page.nextCursor());
    }

    private ProductSummary withStock(ProductSummary product) {
        return product.withStock(products.stocks(List.of(product.id())).get(product.id()));
    }
}
