package dev.bazaar.bff.adapter.out.grpc;

import com.google.protobuf.Timestamp;
import dev.bazaar.api.store.v1.GetStoreRequest;
import dev.bazaar.api.store.v1.OpenStoreRequest;
import dev.bazaar.api.store.v1.Store;
import dev.bazaar.api.store.v1.StoreServiceGrpc;
import dev.bazaar.bff.application.StoreSummary;
import dev.bazaar.bff.application.port.out.Stores;
import dev.bazaar.platform.grpc.GrpcChannels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * store-service's StoreService over gRPC, each call with the backend's deadline. The caller's
 * access token travels in the metadata (GrpcChannels forwards it); a backend error propagates as
 * it is and becomes problem+json at the REST edge.
 */
@ApplicationScoped
public class GrpcStores implements Stores {

    private static final String BACKEND = "store";

    private final GrpcChannels channels;

    @Inject
    public GrpcStores(GrpcChannels channels) {
        this.channels = channels;
    }

    @Override
    public StoreSummary open(String name, String description) {
        return toSummary(stores().openStore(OpenStoreRequest.newBuilder()
                .setName(nonNull(name))
                .setDescription(nonNull(description))
                .build()));
    }

    @Override
    public StoreSummary store(String id) {
        return toSummary(stores().getStore(GetStoreRequest.newBuilder().setId(nonNull(id)).build()));
    }

    private StoreServiceGrpc.StoreServiceBlockingStub stores() {
        return StoreServiceGrpc.newBlockingStub(channels.channel(BACKEND))
                .withDeadlineAfter(channels.deadline(BACKEND).toMillis(), TimeUnit.MILLISECONDS);
    }

    static StoreSummary toSummary(Store store) {
        String status = switch (store.getStatus()) {
            case STORE_STATUS_OPEN -> "OPEN";
            case STORE_STATUS_CLOSED -> "CLOSED";
            case STORE_STATUS_UNSPECIFIED, UNRECOGNIZED -> "UNKNOWN";
        };
        return new StoreSummary(store.getId(), store.getOwnerId(), store.getName(), store.getDescription(), status,
                instant(store.getCreatedAt()), instant(store.getUpdatedAt()));
    }

    static Instant instant(Timestamp timestamp) {
        return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
    }

    static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
