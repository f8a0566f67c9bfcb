package dev.bazaar.store.domain.product;

import dev.bazaar.platform.error.ApplicationException;

import java.util.Objects;
import java.util.UUID;

/** A product's id, a UUID. Ordered as its text, which is the order stock rows are locked in. */
public record ProductId(UUID value) implements Comparable<ProductId> {

    public ProductId {
        Objects.requireNonNull(value, "value");
    }

    public static ProductId random() {
        return new ProductId(UUID.randomUUID());
    }

    /** @throws ApplicationException INVALID_ARGUMENT on {@code field} when not a UUID */
    public static ProductId of(String raw, String field) {
        try {
            if (raw == null || raw.length() != 36) {
                throw new IllegalArgumentException();
            }
            return new ProductId(UUID.fromString(raw));
        } catch (IllegalArgumentException e) {
            throw ApplicationException.invalid(field, "must be a UUID");
        }
    }

    @Override
    public int compareTo(ProductId other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
