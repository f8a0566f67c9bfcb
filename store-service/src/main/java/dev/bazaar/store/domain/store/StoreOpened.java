package dev.bazaar.store.domain.store;

import java.time.Instant;

/** A seller opened a store. The shape is api/events/StoreOpened.schema.json. */
public record StoreOpened(String storeId, String ownerId, String name, String description, Instant occurredAt) {

    public static final String TYPE = "StoreOpened";
}
