package dev.bazaar.store.adapter.in.grpc;

import dev.bazaar.api.common.v1.Money;
import dev.bazaar.api.store.v1.BatchGetProductsRequest;
import dev.bazaar.api.store.v1.BatchGetProductsResponse;
import dev.bazaar.api.store.v1.CreateProductRequest;
import dev.bazaar.api.store.v1.GetProductRequest;
import dev.bazaar.api.store.v1.ListProductsRequest;
import dev.bazaar.api.store.v1.ListProductsResponse;
import dev.bazaar.api.store.v1.Product;
import dev.bazaar.api.store.v1.ProductServiceGrpc;
import dev.bazaar.api.store.v1.UpdateProductRequest;
import dev.bazaar.platform.security.token.CallerContext;
import dev.bazaar.store.application.CatalogProduct;
import dev.bazaar.store.application.CreateProduct;
import dev.bazaar.store.application.GetProducts;
import dev.bazaar.store.application.ListProducts;
import dev.bazaar.store.application.UpdateProduct;
import io.grpc.stub.StreamObserver;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * {@code bazaar.store.v1.ProductService} over gRPC. Reading is open to anyone; the changes take
 * the caller that the platform's interceptor verified, and the use cases decide what it may do.
 */
@Dependent
public class ProductGrpcService extends ProductServiceGrpc.ProductServiceImplBase {

    private final CreateProduct createProduct;
    private final UpdateProduct updateProduct;
    private final GetProducts getProducts;
    private final ListProducts listProducts;

    @Inject
    public ProductGrpcService(CreateProduct createProduct, UpdateProduct updateProduct, GetProducts getProducts,
                              ListProducts listProducts) {
        this.createProduct = createProduct;
        this.updateProduct = updateProduct;
        this.getProducts = getProducts;
        this.listProducts = listProducts;
    }

    @Override
    public void createProduct(CreateProductRequest request, StreamObserver<Product> response) {
        reply(response, createProduct.create(CallerContext.caller(), new CreateProduct.Command(request.getStoreId(),
                request.getSku(), request.getName(), request.getDescription(),
                request.hasPrice() ? price(request.getPrice()) : null, request.getInitialStock())));
    }

    @Override
    public void updateProduct(UpdateProductRequest request, StreamObserver<Product> response) {
        reply(response, updateProduct.update(CallerContext.caller(), new UpdateProduct.Command(request.getId(),
                request.hasName() ? request.getName() : null,
                request.hasDescription() ? request.getDescription() : null,
                request.hasPrice() ? price(request.getPrice()) : null,
                request.hasActive() ? request.getActive() : null,
                request.hasExpectedVersion() ? request.getExpectedVersion() : null)));
    }

    @Override
    public void getProduct(GetProductRequest request, StreamObserver<Product> response) {
        reply(response, getProducts.get(request.getId()));
    }

    @Override
    public void listProducts(ListProductsRequest request, StreamObserver<ListProductsResponse> response) {
        ListProducts.Page page = listProducts.list(CallerContext.caller(), new ListProducts.Query(request.getQuery(),
                request.getStoreId(), request.getPage().getLimit(), request.getPage().getCursor(),
                request.getIncludeInactive()));
        var reply = ListProductsResponse.newBuilder();
        page.items().forEach(product -> reply.addItems(toProto(product)));
        if (page.nextCursor() != null) {
            reply.setNextCursor(page.nextCursor());
        }
        response.onNext(reply.build());
        response.onCompleted();
    }

    @Override
    public void batchGetProducts(BatchGetProductsRequest request, StreamObserver<BatchGetProductsResponse> response) {
        GetProducts.Batch batch = getProducts.get(request.getIdsList());
        var reply = BatchGetProductsResponse.newBuilder().addAllMissingIds(batch.missingIds());
        batch.products().forEach(product -> reply.addProducts(toProto(product)));
        response.onNext(reply.build());
        response.onCompleted();
    }

    private static CreateProduct.PriceInput price(Money money) {
        return new CreateProduct.PriceInput(money.getAmount(), money.getCurrency());
    }

    private static void reply(StreamObserver<Product> response, CatalogProduct product) {
        response.onNext(toProto(product));
        response.onCompleted();
    }

    static Product toProto(CatalogProduct catalog) {
        var product = catalog.product();
        return Product.newBuilder()
                .setId(product.id().toString())
                .setStoreId(product.storeId().toString())
                .setStoreName(catalog.storeName())
                .setSku(product.sku().value())
                .setName(product.name().value())
                .setDescription(product.description().value())
                .setPrice(Money.newBuilder().setAmount(product.price().amount()).setCurrency(product.price().currency()))
                .setActive(catalog.orderable())
                .setVersion(product.version())
                .setCreatedAt(StoreGrpcService.timestamp(product.createdAt()))
                .setUpdatedAt(StoreGrpcService.timestamp(product.updatedAt()))
                .build();
    }
}
