package dev.bazaar.bff.application.port.out;

import dev.bazaar.bff.application.StoreSummary;

/**
 * store-service's stores, as the BFF uses them. Calls made while a signed-in request is handled
 * carry that caller's access token (the platform forwards it); errors arrive as the backend
 * raised them.
 */
public interface Stores {

    /** Opens a store owned by the current caller. */
    StoreSummary open(String name, String description);

    /** One store, open or closed. */
    StoreSummary store(String id);
}
