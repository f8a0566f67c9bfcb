package dev.bazaar.store.domain.product;

import dev.bazaar.platform.error.ApplicationException;

/** A product's shown name: 1 to 200 characters after trimming. */
public record ProductName(String value) {

    public static final int MAX_LENGTH = 200;

    public ProductName {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty() || stripped.codePointCount(0, stripped.length()) > MAX_LENGTH) {
            throw ApplicationException.invalid("name", "must be 1 to " + MAX_LENGTH + " characters");
        }
        value = stripped;
    }

    public static ProductName of(String raw) {
        return new ProductName(raw);
    }
}
