package dev.bazaar.bff.application;

import dev.bazaar.bff.application.port.out.Stores;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Use case: a seller opens a store. store-service checks the fields and who may. */
@ApplicationScoped
public class OpenStore {

    private final Stores stores;

    @Inject
    public OpenStore(Stores stores) {
        this.stores = stores;
    }

    public StoreSummary open(String name, String description) {
        return stores.open(name, description);
    }
}
