package dev.bazaar.store.domain.product;

import dev.bazaar.platform.error.ApplicationException;

/** A product's shown description: at most 5000 characters, may be empty. */
public record ProductDescription(String value) {

    public static final int MAX_LENGTH = 5000;

    public ProductDescription {
        value = value == null ? "" : value.strip();
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw ApplicationException.invalid("description", "must be at most " + MAX_LENGTH + " characters");
        }
    }

    public static ProductDescription of(String raw) {
        return new ProductDescription(raw);
    }
}
