package dev.bazaar.store;

import dev.bazaar.api.store.v1.InventoryServiceGrpc;
import dev.bazaar.api.store.v1.ProductServiceGrpc;
import dev.bazaar.api.store.v1.StoreServiceGrpc;
import dev.bazaar.platform.testing.RunningServiceContract;
import dev.bazaar.platform.testing.TestAccessTokens;

import java.util.List;

/**
 * store-service started for real (MariaDB, Kafka, the outbox) and called over gRPC, with access
 * tokens signed by a stand-in for auth-service ({@link TestAccessTokens}): the base of its gRPC tests.
 */
abstract class GrpcServiceTest extends RunningServiceContract {

    static {
        TestAccessTokens.install();
    }

    @Override
    protected List<String> expectedGrpcServices() {
        return List.of("bazaar.store.v1.StoreService", "bazaar.store.v1.ProductService", "bazaar.store.v1.InventoryService");
    }

    /** A seller's access token. */
    static String seller(String userId) {
        return TestAccessTokens.token(userId, "seller");
    }

    /** The calls as the holder of this access token (none when null). */
    static StoreServiceGrpc.StoreServiceBlockingStub stores(String token) {
        return as(token, StoreServiceGrpc.newBlockingStub(grpcChannel()));
    }

    static ProductServiceGrpc.ProductServiceBlockingStub products(String token) {
        return as(token, ProductServiceGrpc.newBlockingStub(grpcChannel()));
    }

    static InventoryServiceGrpc.InventoryServiceBlockingStub inventory(String token) {
        return as(token, InventoryServiceGrpc.newBlockingStub(grpcChannel()));
    }
}
