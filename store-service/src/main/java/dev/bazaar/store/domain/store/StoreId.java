package dev.bazaar.store.domain.store;

import dev.bazaar.platform.error.ApplicationException;

import java.util.Objects;
import java.util.UUID;

/** A store's id, a UUID. */
public record StoreId(UUID value) {

    public StoreId {
        Objects.requireNonNull(value, "value");
    }

    public static StoreId random() {
        return new StoreId(UUID.randomUUID());
    }

    /** @throws ApplicationException INVALID_ARGUMENT on {@code field} when not a UUID */
    public static StoreId of(String raw, String field) {
        try {
            if (raw == null || raw.length() != 36) {
                throw new IllegalArgumentException();
            }
            return new StoreId(UUID.fromString(raw));
        } catch (IllegalArgumentException e) {
            throw ApplicationException.invalid(field, "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
