package dev.bazaar.order.domain.order;

import dev.bazaar.platform.error.ApplicationException;

import java.util.Objects;
import java.util.UUID;

/** An order's id; also the id of its saga, its stock reservation and the key of its saga messages. */
public record OrderId(UUID value) {

    public OrderId {
        Objects.requireNonNull(value, "value");
    }

    public static OrderId random() {
        return new OrderId(UUID.randomUUID());
    }

    /** @throws ApplicationException INVALID_ARGUMENT naming {@code field} when not a UUID */
    public static OrderId of(String value, String field) {
        try {
            return new OrderId(UUID.fromString(Objects.requireNonNullElse(value, "")));
        } catch (IllegalArgumentException e) {
            throw ApplicationException.invalid(field, "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
