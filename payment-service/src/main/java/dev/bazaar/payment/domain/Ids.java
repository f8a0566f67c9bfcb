package dev.bazaar.payment.domain;

import dev.bazaar.platform.error.ApplicationException;

import java.util.UUID;

/** Parsing of the UUIDs the payment API takes (customer, order and payment ids). */
public final class Ids {

    private Ids() {
    }

    /**
     * The canonical form of a UUID string.
     *
     * @throws ApplicationException INVALID_ARGUMENT on {@code field} when not a UUID
     */
    public static String uuid(String raw, String field) {
        try {
            if (raw == null || raw.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(raw).toString();
        } catch (IllegalArgumentException e) {
            throw ApplicationException.invalid(field, "must be a UUID");
        }
    }
}
