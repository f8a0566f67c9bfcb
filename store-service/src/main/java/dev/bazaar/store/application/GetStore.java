package dev.bazaar.store.application;

import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.store.application.port.out.Stores;
import dev.bazaar.store.domain.store.Store;
import dev.bazaar.store.domain.store.StoreId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Use case: anyone reads one store, open or closed. */
@ApplicationScoped
public class GetStore {

    private final Stores stores;

    @Inject
    public GetStore(Stores stores) {
        this.stores = stores;
    }

    @Transactional
    public Store get(String rawId) {
        StoreId id = StoreId.of(rawId, "id");
        return stores.byId(id).orElseThrow(() -> ApplicationException.notFound("Store", id));
    }
}
