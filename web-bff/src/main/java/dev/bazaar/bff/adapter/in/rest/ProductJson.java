package dev.bazaar.bff.adapter.in.rest;

import dev.bazaar.bff.application.ProductSummary;
import dev.bazaar.bff.application.port.out.Products;
import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The JSON bodies of the product endpoints (JSON-B records, camelCase). Money is {amount, currency}. */
public final class ProductJson {

    private ProductJson() {
    }

    @Schema(name = "NewProduct", description = "A product for one of your stores, with its initial stock")
    public record NewProductRequest(
            @Schema(required = true, minLength = 1, maxLength = 200) String name,
            @Schema(maxLength = 5000, description = "May be empty") String description,
            @Schema(required = true, pattern = "^[A-Za-z0-9._-]{1,64}$", description = "Unique within the store") String sku,
            @Schema(required = true) MoneyJson price,
            @Schema(minimum = "0", description = "Units available for sale from the start (default 0)") Long stock) {

        static final NewProductRequest EMPTY = new NewProductRequest(null, null, null, null, null);
    }

    @Schema(name = "ProductChanges", description = "The fields to change; at least one")
    public record ProductChangesRequest(
            @Schema(minLength = 1, maxLength = 200) String name,
            @Schema(maxLength = 5000, description = "\"\" clears it") String description,
            MoneyJson price,
            @Schema(description = "false: no longer offered; true: offered again") Boolean active) {

        static final ProductChangesRequest EMPTY = new ProductChangesRequest(null, null, null, null);
    }

    @Schema(name = "StockCount", description = "How many units are available for sale now, and why it changed")
    public record StockCountRequest(
            @Schema(required = true, minimum = "0") Long available,
            @Schema(required = true, minLength = 1, maxLength = 200, example = "delivery") String reason) {

        static final StockCountRequest EMPTY = new StockCountRequest(null, null);
    }

    @Schema(name = "Stock", description = "Units of a product: available to order, held by orders in progress, sold")
    public record StockBody(long available, long reserved, long sold) {

        static StockBody of(ProductSummary.StockLevel level) {
            return new StockBody(level.available(), level.reserved(), level.sold());
        }
    }

    @Schema(name = "Availability", description = "Units of a product that can be ordered now")
    public record AvailabilityBody(long available) {
    }

    @Schema(name = "Product", description = "A product of a store")
    public record ProductBody(
            @Schema(format = "uuid") String id,
            String name,
            String description,
            MoneyJson price,
            @Schema(format = "uuid") String storeId,
            String storeName,
            String sku,
            @Schema(description = "Whether it can be ordered now: offered by its seller and its store open") boolean active,
            @Schema(description = "Grows by one with every change") long version,
            @Schema(nullable = true, description = "null when the stock could not be read") AvailabilityBody stock,
            Instant createdAt,
            Instant updatedAt) {

        static ProductBody of(ProductSummary product) {
            return new ProductBody(product.id(), product.name(), product.description(), MoneyJson.of(product.price()),
                    product.storeId(), product.storeName(), product.sku(), product.active(), product.version(),
                    product.stock() == null ? null : new AvailabilityBody(product.stock().available()),
                    product.createdAt(), product.updatedAt());
        }
    }

    @Schema(name = "ProductPage", description = "A page of products, newest first")
    @JsonbNillable
    public record ProductPage(
            List<ProductBody> items,
            @Schema(nullable = true, description = "Pass as cursor for the next page; null on the last page") String nextCursor) {

        static ProductPage of(Products.Page page) {
            return new ProductPage(page.items().stream().map(ProductBody::of).toList(), page.nextCursor());
        }
    }
}
