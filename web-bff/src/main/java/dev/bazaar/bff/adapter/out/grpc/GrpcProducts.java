package dev.bazaar.bff.adapter.out.grpc;

import dev.bazaar.api.common.v1.PageRequest;
import dev.bazaar.api.store.v1.BatchGetStockRequest;
import dev.bazaar.api.store.v1.CreateProductRequest;
import dev.bazaar.api.store.v1.GetProductRequest;
import dev.bazaar.api.store.v1.InventoryServiceGrpc;
import dev.bazaar.api.store.v1.ListProductsRequest;
import dev.bazaar.api.store.v1.ListProductsResponse;
import dev.bazaar.api.store.v1.Product;
import dev.bazaar.api.store.v1.ProductServiceGrpc;
import dev.bazaar.api.store.v1.SetStockRequest;
import dev.bazaar.api.store.v1.Stock;
import dev.bazaar.api.store.v1.UpdateProductRequest;
import dev.bazaar.bff.application.ProductSummary;
import dev.bazaar.bff.application.Money;
import dev.bazaar.bff.application.ProductSummary.StockLevel;
import dev.bazaar.bff.application.port.out.Products;
import dev.bazaar.bff.adapter.out.cache.CatalogCache;
import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.FieldViolation;
import dev.bazaar.platform.error.mapping.GrpcErrors;
import dev.bazaar.platform.grpc.GrpcChannels;
import io.grpc.StatusRuntimeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * store-service's ProductService and InventoryService over gRPC, each call with the backend's
 * deadline. Where a request field has another name in the BFF's JSON than in the proto
 * ({@code initial_stock} is {@code stock}, the list's {@code query} is {@code q}), the field
 * violations are renamed here; the rest become camelCase at the REST edge. Catalogue reads go
 * through the {@link CatalogCache}; stock is always read live, and left out when the inventory
 * does not answer (the catalogue still lists the products, their stock unknown).
 */
@ApplicationScoped
public class GrpcProducts implements Products {

    private static final String BACKEND = "store";

    private static final Logger LOG = Logger.getLogger(GrpcProducts.class.getName());

    private final GrpcChannels channels;
    private final CatalogCache cache;

    @Inject
    public GrpcProducts(GrpcChannels channels, CatalogCache cache) {
        this.channels = channels;
        this.cache = cache;
    }

    @Override
    public ProductSummary create(String storeId, String sku, String name, String description, Money price, long initialStock) {
        var request = CreateProductRequest.newBuilder().setStoreId(GrpcStores.nonNull(storeId)).setSku(GrpcStores.nonNull(sku))
                .setName(GrpcStores.nonNull(name)).setDescription(GrpcStores.nonNull(description)).setInitialStock(initialStock);
        if (price != null) {
            request.setPrice(toProto(price));
        }
        ProductSummary created = renamed(Map.of("store_id", "id", "initial_stock", "stock"),
                () -> toSummary(products().createProduct(request.build())));
        cache.productsChanged(); // this instance shows the change at once, before its event arrives
        return created;
    }

    @Override
    public ProductSummary update(String id, String name, String description, Money price, Boolean active) {
        var request = UpdateProductRequest.newBuilder().setId(GrpcStores.nonNull(id));
        if (name != null) {
            request.setName(name);
        }
        if (description != null) {
            request.setDescription(description);
        }
        if (price != null) {
            request.setPrice(toProto(price));
        }
        if (active != null) {
            request.setActive(active);
        }
        ProductSummary updated = toSummary(products().updateProduct(request.build()));
        cache.productsChanged();
        return updated;
    }

    @Override
    public ProductSummary product(String id) {
        return cache.get(() -> toSummary(products().getProduct(GetProductRequest.newBuilder().setId(GrpcStores.nonNull(id)).build())),
                "product", id);
    }

    @Override
    public Page list(String query, String storeId, int limit, String cursor) {
        return cache.get(() -> {
            ListProductsResponse response = renamed(Map.of("query", "q", "page.limit", "limit", "page.cursor", "cursor"),
                    () -> products().listProducts(ListProductsRequest.newBuilder().setQuery(GrpcStores.nonNull(query))
                            .setStoreId(GrpcStores.nonNull(storeId))
                            .setPage(PageRequest.newBuilder().setLimit(limit).setCursor(GrpcStores.nonNull(cursor)))
                            .build()));
            return new Page(response.getItemsList().stream().map(GrpcProducts::toSummary).toList(),
                    response.getNextCursor().isEmpty() ? null : response.getNextCursor());
        }, "list", query, storeId, limit, cursor);
    }

    /** Degrades: when the inventory does not answer in time, the products are shown without their stock. */
    @Override
    public Map<String, StockLevel> stocks(List<String> productIds) {
        try {
            return inventory().batchGetStock(BatchGetStockRequest.newBuilder().addAllProductIds(productIds).build())
                    .getStocksList().stream()
                    .collect(Collectors.toMap(Stock::getProductId, GrpcProducts::toLevel));
        } catch (StatusRuntimeException e) {
            if (!GrpcErrors.isUnavailable(e)) {
                throw e;
            }
            LOG.fine(() -> "stock of " + productIds.size() + " products unknown: " + e.getStatus());
            return Map.of();
        }
    }

    @Override
    public StockLevel setStock(String productId, long available, String reason) {
        return renamed(Map.of("product_id", "id"), () -> toLevel(inventory().setStock(SetStockRequest.newBuilder()
                .setProductId(GrpcStores.nonNull(productId)).setAvailable(available).setReason(GrpcStores.nonNull(reason)).build())));
    }

    /** Runs the call; its field violations named as the BFF's JSON names them. */
    private static <T> T renamed(Map<String, String> names, Supplier<T> call) {
        try {
            return call.get();
        } catch (StatusRuntimeException e) {
            ApplicationException error = GrpcErrors.fromStatusException(e).orElse(null);
            if (error == null || error.violations().isEmpty()) {
                throw e;
            }
            throw new ApplicationException(error.kind(), error.code(), error.getMessage(), error.violations().stream()
                    .map(v -> new FieldViolation(names.getOrDefault(v.field(), v.field()), v.message()))
                    .toList(), error.retryAfter().orElse(null));
        }
    }

    private ProductServiceGrpc.ProductServiceBlockingStub products() {
        return ProductServiceGrpc.newBlockingStub(channels.channel(BACKEND))
                .withDeadlineAfter(channels.deadline(BACKEND).toMillis(), TimeUnit.MILLISECONDS);
    }

    private InventoryServiceGrpc.InventoryServiceBlockingStub inventory() {
        return InventoryServiceGrpc.newBlockingStub(channels.channel(BACKEND))
                .withDeadlineAfter(channels.deadline(BACKEND).toMillis(), TimeUnit.MILLISECONDS);
    }

    private static dev.bazaar.api.common.v1.Money toProto(Money price) {
        return dev.bazaar.api.common.v1.Money.newBuilder().setAmount(price.amount()).setCurrency(GrpcStores.nonNull(price.currency())).build();
    }

    static ProductSummary toSummary(Product product) {
        return new ProductSummary(product.getId(), product.getStoreId(), product.getStoreName(), product.getSku(),
                product.getName(), product.getDescription(),
                new Money(product.getPrice().getAmount(), product.getPrice().getCurrency()), product.getActive(),
                product.getVersion(), GrpcStores.instant(product.getCreatedAt()), GrpcStores.instant(product.getUpdatedAt()), null);
    }

    private static StockLevel toLevel(Stock stock) {
        return new StockLevel(stock.getAvailable(), stock.getReserved(), stock.getSold());
    }
}
