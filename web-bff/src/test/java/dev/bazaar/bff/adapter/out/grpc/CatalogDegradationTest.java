package dev.bazaar.bff.adapter.out.grpc;

import dev.bazaar.api.common.v1.Money;
import dev.bazaar.api.store.v1.BatchGetStockRequest;
import dev.bazaar.api.store.v1.BatchGetStockResponse;
import dev.bazaar.api.store.v1.InventoryServiceGrpc;
import dev.bazaar.api.store.v1.ListProductsRequest;
import dev.bazaar.api.store.v1.ListProductsResponse;
import dev.bazaar.api.store.v1.Product;
import dev.bazaar.api.store.v1.ProductServiceGrpc;
import dev.bazaar.api.store.v1.Stock;
import dev.bazaar.bff.adapter.out.cache.CatalogCache;
import dev.bazaar.bff.adapter.out.messaging.ProductChangeFeed;
import dev.bazaar.bff.application.Catalog;
import dev.bazaar.bff.application.ProductSummary;
import dev.bazaar.platform.grpc.GrpcChannels;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The catalogue when store-service lists products but its inventory does not answer in time: the
 * products are still listed, their stock unknown; an inventory that answers with an error of the
 * request's own is not hidden. A stand-in for store-service on loopback plays the slow inventory,
 * the one behaviour a real store-service cannot be asked for.
 */
class CatalogDegradationTest {

    private static final String PRODUCT_ID = UUID.randomUUID().toString();

    private volatile String inventoryBehaviour = "slow";
    private Server store;
    private GrpcChannels channels;
    private Catalog catalog;

    @BeforeEach
    void start() throws Exception {
        store = NettyServerBuilder.forPort(0).addService(new Products()).addService(new Inventory()).build().start();
        channels = GrpcChannels.standalone(config(Map.of(
                "bazaar.backends.store.address", "127.0.0.1:" + store.getPort(),
                "bazaar.backends.store.deadline", "PT0.3S")));
        CatalogCache noCache = new CatalogCache(new ProductChangeFeed("127.0.0.1:1"), Duration.ZERO, 0);
        catalog = new Catalog(new GrpcProducts(channels, noCache));
    }

    @AfterEach
    void stop() throws Exception {
        channels.close();
        store.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void productsAreListedWithTheirStockUnknownWhenTheInventoryIsTooSlow() {
        var page = catalog.browse("", "", 20, "");

        assertThat(page.items()).extracting(ProductSummary::id).containsExactly(PRODUCT_ID);
        assertThat(page.items().getFirst().stock()).as("stock unknown").isNull();
        assertThat(page.items().getFirst().name()).isEqualTo("Mug");
    }

    @Test
    void productsCarryTheirStockWhenTheInventoryAnswers() {
        inventoryBehaviour = "answer";

        var page = catalog.browse("", "", 20, "");

        assertThat(page.items().getFirst().stock().available()).isEqualTo(7);
    }

    @Test
    void anErrorThatIsTheRequestsOwnIsNotHidden() {
        inventoryBehaviour = "refuse";

        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, () -> catalog.browse("", "", 20, ""));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    }

    private final class Products extends ProductServiceGrpc.ProductServiceImplBase {
        @Override
        public void listProducts(ListProductsRequest request, StreamObserver<ListProductsResponse> response) {
            response.onNext(ListProductsResponse.newBuilder().addItems(Product.newBuilder().setId(PRODUCT_ID)
                    .setStoreId(UUID.randomUUID().toString()).setStoreName("Sam's").setSku("MUG-1").setName("Mug")
                    .setPrice(Money.newBuilder().setAmount(1250).setCurrency("EUR")).setActive(true).setVersion(1)).build());
            response.onCompleted();
        }
    }

    private final class Inventory extends InventoryServiceGrpc.InventoryServiceImplBase {
        @Override
        public void batchGetStock(BatchGetStockRequest request, StreamObserver<BatchGetStockResponse> response) {
            switch (inventoryBehaviour) {
                case "slow" -> sleep(1_000); // past the 300 ms deadline; the answer is never read
                case "refuse" -> {
                    response.onError(Status.INVALID_ARGUMENT.withDescription("product_ids: too many").asRuntimeException());
                    return;
                }
                default -> {
                }
            }
            response.onNext(BatchGetStockResponse.newBuilder().addStocks(Stock.newBuilder().setProductId(PRODUCT_ID)
                    .setAvailable(7)).build());
            response.onCompleted();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Config config(Map<String, String> values) {
        return ConfigProviderResolver.instance().getBuilder().withSources(new ConfigSource() {
            @Override
            public Set<String> getPropertyNames() {
                return values.keySet();
            }

            @Override
            public String getValue(String name) {
                return values.get(name);
            }

            @Override
            public String getName() {
                return "test";
            }
        }).build();
    }
}
