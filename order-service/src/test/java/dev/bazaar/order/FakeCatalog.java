package dev.bazaar.order;

import dev.bazaar.api.common.v1.Money;
import dev.bazaar.api.store.v1.BatchGetProductsRequest;
import dev.bazaar.api.store.v1.BatchGetProductsResponse;
import dev.bazaar.api.store.v1.Product;
import dev.bazaar.api.store.v1.ProductServiceGrpc;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for store-service's ProductService in order-service's tests (the whole-system tests
 * in e2e/ use the real one): products a test adds, served over real gRPC on a local port that the
 * service under test is pointed at ({@code bazaar.backends.store.address}).
 */
final class FakeCatalog extends ProductServiceGrpc.ProductServiceImplBase {

    static final FakeCatalog INSTANCE = new FakeCatalog();

    private final Map<String, Product> products = new ConcurrentHashMap<>();
    private volatile boolean down;

    static {
        try {
            Server server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                    .addService(INSTANCE).build().start();
            System.setProperty("bazaar.backends.store.address", "127.0.0.1:" + server.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Publishes the catalog and points the service at it (idempotent). */
    static void install() {
        // The static initializer does the work.
    }

    /** A new active product of a new store, at this price in euro cents. */
    static Product product(String name, long cents) {
        return add(name, cents, "EUR", true);
    }

    static Product add(String name, long amount, String currency, boolean active) {
        Product product = Product.newBuilder()
                .setId(UUID.randomUUID().toString())
                .setStoreId(UUID.randomUUID().toString())
                .setStoreName("Test store")
                .setSku(name.toUpperCase().replace(' ', '-'))
                .setName(name)
                .setPrice(Money.newBuilder().setAmount(amount).setCurrency(currency))
                .setActive(active)
                .setVersion(1)
                .build();
        INSTANCE.products.put(product.getId(), product);
        return product;
    }

    static void down(boolean isDown) {
        INSTANCE.down = isDown;
    }

    @Override
    public void batchGetProducts(BatchGetProductsRequest request, StreamObserver<BatchGetProductsResponse> response) {
        if (down) {
            response.onError(Status.UNAVAILABLE.withDescription("store-service is down (test)").asRuntimeException());
            return;
        }
        var reply = BatchGetProductsResponse.newBuilder();
        request.getIdsList().stream().distinct().forEach(id -> {
            Product product = products.get(id);
            if (product == null) {
                reply.addMissingIds(id);
            } else {
                reply.addProducts(product);
            }
        });
        response.onNext(reply.build());
        response.onCompleted();
    }
}
