package dev.bazaar.store.adapter.in.grpc;

import com.google.protobuf.Timestamp;
import dev.bazaar.api.store.v1.CloseStoreRequest;
import dev.bazaar.api.store.v1.GetStoreRequest;
import dev.bazaar.api.store.v1.ListStoresRequest;
import dev.bazaar.api.store.v1.ListStoresResponse;
import dev.bazaar.api.store.v1.OpenStoreRequest;
import dev.bazaar.api.store.v1.Store;
import dev.bazaar.api.store.v1.StoreServiceGrpc;
import dev.bazaar.api.store.v1.StoreStatus;
import dev.bazaar.api.store.v1.UpdateStoreRequest;
import dev.bazaar.platform.security.token.CallerContext;
import dev.bazaar.store.application.CloseStore;
import dev.bazaar.store.application.GetStore;
import dev.bazaar.store.application.ListStores;
import dev.bazaar.store.application.OpenStore;
import dev.bazaar.store.application.UpdateStore;
import io.grpc.stub.StreamObserver;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * {@code bazaar.store.v1.StoreService} over gRPC. Reading is open to anyone; the changes take the
 * caller that the platform's interceptor verified, and the use cases decide what it may do.
 */
@Dependent
public class StoreGrpcService extends StoreServiceGrpc.StoreServiceImplBase {

    private final OpenStore openStore;
    private final GetStore getStore;
    private final UpdateStore updateStore;
    private final CloseStore closeStore;
    private final ListStores listStores;

    @Inject
    public StoreGrpcService(OpenStore openStore, GetStore getStore, UpdateStore updateStore, CloseStore closeStore,
                            ListStores listStores) {
        this.openStore = openStore;
        this.getStore = getStore;
        this.updateStore = updateStore;
        this.closeStore = closeStore;
        this.listStores = listStores;
    }

    @Override
    public void openStore(OpenStoreRequest request, StreamObserver<Store> response) {
        reply(response, openStore.open(CallerContext.caller(),
                new OpenStore.Command(request.getName(), request.getDescription())));
    }

    @Override
    public void getStore(GetStoreRequest request, StreamObserver<Store> response) {
        reply(response, getStore.get(request.getId()));
    }

    @Override
    public void updateStore(UpdateStoreRequest request, StreamObserver<Store> response) {
        reply(response, updateStore.update(CallerContext.caller(), new UpdateStore.Command(request.getId(),
                request.hasName() ? request.getName() : null,
                request.hasDescription() ? request.getDescription() : null)));
    }

    @Override
    public void closeStore(CloseStoreRequest request, StreamObserver<Store> response) {
        reply(response, closeStore.close(CallerContext.caller(), request.getId(), request.getReason()));
    }

    @Override
    public void listStores(ListStoresRequest request, StreamObserver<ListStoresResponse> response) {
        ListStores.Page page = listStores.list(new ListStores.Query(request.getPage().getLimit(),
                request.getPage().getCursor(), request.getOwnerId(), request.getIncludeClosed()));
        var reply = ListStoresResponse.newBuilder();
        page.items().forEach(store -> reply.addItems(toProto(store)));
        if (page.nextCursor() != null) {
            reply.setNextCursor(page.nextCursor());
        }
        response.onNext(reply.build());
        response.onCompleted();
    }

    private static void reply(StreamObserver<Store> response, dev.bazaar.store.domain.store.Store store) {
        response.onNext(toProto(store));
        response.onCompleted();
    }

    static Store toProto(dev.bazaar.store.domain.store.Store store) {
        return Store.newBuilder()
                .setId(store.id().toString())
                .setOwnerId(store.ownerId())
                .setName(store.name().value())
                .setDescription(store.description().value())
                .setStatus(store.isOpen() ? StoreStatus.STORE_STATUS_OPEN : StoreStatus.STORE_STATUS_CLOSED)
                .setCreatedAt(timestamp(store.createdAt()))
                .setUpdatedAt(timestamp(store.updatedAt()))
                .build();
    }

    static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }
}
