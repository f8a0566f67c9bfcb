package dev.bazaar.bff.application;

import dev.bazaar.bff.application.port.out.Stores;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Use case: anyone reads one store. */
@ApplicationScoped
public class ShowStore {

    private final Stores stores;

    @Inject
    public ShowStore(Stores stores) {
        this.stores = stores;
    }

    public StoreSummary show(String id) {
        return stores.store(id);
    }
}
