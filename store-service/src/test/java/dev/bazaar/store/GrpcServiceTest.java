package dev.bazaar.store;

import dev.bazaar.api.store.v1.InventoryServiceGrpc;
import dev.bazaar.api.store.v1.ProductServiceGrpc;
import dev.bazaar.api.store.v1.StoreServiceGrpc;
import dev.bazaar.platform.grpc.GrpcServer;
import dev.bazaar.platform.testing.RunningServiceContract;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.List;

/**
 * store-service started for real (MariaDB, Kafka, the outbox) and called over gRPC, with access
 * tokens signed by a stand-in for auth-service ({@link TestTokens}): the base of its gRPC tests.
 */
abstract class GrpcServiceTest extends RunningServiceContract {

    static {
        TestTokens.install();
    }

    private static ManagedChannel channel;

    @Override
    protected List<String> expectedGrpcServices() {
        return List.of("bazaar.store.v1.StoreService", "bazaar.store.v1.ProductService", "bazaar.store.v1.InventoryService");
    }

    @BeforeAll
    static void connect() {
        channel = NettyChannelBuilder.forAddress("127.0.0.1", bean(GrpcServer.class).port()).usePlaintext().build();
    }

    @AfterAll
    static void disconnect() {
        channel.shutdownNow();
    }

    /** A seller's access token. */
    static String seller(String userId) {
        return TestTokens.token(userId, "seller");
    }

    /** The calls as the holder of this access token (none when null). */
    static StoreServiceGrpc.StoreServiceBlockingStub stores(String token) {
        return Calls.as(StoreServiceGrpc.newBlockingStub(channel), token);
    }

    static ProductServiceGrpc.ProductServiceBlockingStub products(String token) {
        return Calls.as(ProductServiceGrpc.newBlockingStub(channel), token);
    }

    static InventoryServiceGrpc.InventoryServiceBlockingStub inventory(String token) {
        return Calls.as(InventoryServiceGrpc.newBlockingStub(channel), token);
    }
}
