package dev.bazaar.platform.error;

import java.util.Objects;

/**
 * One invalid field of a request: the field's name as the client spelled it (dotted path for
 * nested fields, e.g. {@code lines[0].quantity}) and why it was rejected.
 */
public record FieldViolation(String field, String message) {
    public FieldViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
