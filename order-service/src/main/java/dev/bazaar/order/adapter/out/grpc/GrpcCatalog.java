package dev.bazaar.order.adapter.out.grpc;

import dev.bazaar.api.store.v1.BatchGetProductsRequest;
import dev.bazaar.api.store.v1.BatchGetProductsResponse;
import dev.bazaar.api.store.v1.ProductServiceGrpc;
import dev.bazaar.order.application.port.out.Catalog;
import dev.bazaar.order.domain.order.Money;
import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.ErrorKind;
import dev.bazaar.platform.error.mapping.GrpcErrors;
import dev.bazaar.platform.grpc.GrpcChannels;
import io.grpc.StatusRuntimeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** store-service's ProductService.BatchGetProducts, with the backend's deadline. */
@ApplicationScoped
public class GrpcCatalog implements Catalog {

    private static final Logger LOG = Logger.getLogger(GrpcCatalog.class.getName());
    private static final String BACKEND = "store";

    private final GrpcChannels channels;

    @Inject
    public GrpcCatalog(GrpcChannels channels) {
        this.channels = channels;
    }

    @Override
    public Products products(List<String> ids) {
        BatchGetProductsResponse response;
        try {
            response = ProductServiceGrpc.newBlockingStub(channels.channel(BACKEND))
                    .withDeadlineAfter(channels.deadline(BACKEND).toMillis(), TimeUnit.MILLISECONDS)
                    .batchGetProducts(BatchGetProductsRequest.newBuilder().addAllIds(ids).build());
        } catch (StatusRuntimeException e) {
            // An error store-service explains is passed on as it is; a transport failure means
            // "ask again later", which PlaceOrder's idempotency key makes safe.
            ApplicationException explained = GrpcErrors.fromStatusException(e).orElse(null);
            if (explained != null) {
                throw explained;
            }
            LOG.log(Level.WARNING, "store-service could not be asked for products: " + e.getStatus());
            throw new ApplicationException(ErrorKind.UNAVAILABLE, "store-unavailable",
                    "The product catalogue cannot be reached right now; retry with the same Idempotency-Key.");
        }
        return new Products(response.getProductsList().stream()
                .map(product -> new Product(product.getId(), product.getStoreId(), product.getSku(), product.getName(),
                        new Money(product.getPrice().getAmount(), product.getPrice().getCurrency()), product.getActive()))
                .toList(), List.copyOf(response.getMissingIdsList()));
    }
}
