package dev.bazaar.order.domain.order;

import dev.bazaar.platform.error.ApplicationException;

/** The client's key that makes placing an order safe to retry: 1 to 128 printable ASCII characters. */
public record IdempotencyKey(String value) {

    public static final int MAX_LENGTH = 128;

    /** @throws ApplicationException INVALID_ARGUMENT (field {@code idempotency_key}) */
    public static IdempotencyKey of(String value) {
        if (value == null || value.isBlank()) {
            throw ApplicationException.invalid("idempotency_key", "is required (the Idempotency-Key header)");
        }
        if (value.length() > MAX_LENGTH || !value.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw ApplicationException.invalid("idempotency_key",
                    "must be 1 to " + MAX_LENGTH + " printable ASCII characters");
        }
        return new IdempotencyKey(value);
    }
}
