package dev.bazaar.store.domain.store;

/** Lifecycle of a store: OPEN -> CLOSED, and no way back. */
public enum StoreStatus {
    OPEN,
    CLOSED
}
