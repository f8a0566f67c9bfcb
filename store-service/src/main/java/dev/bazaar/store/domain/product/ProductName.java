package dev.bazaar.store.domain.product;

import dev.bazaar.platform.error.ApplicationException;

/** A product's shown name: 1 to 200 characters after trimming, no control characters (as a store's name). */
public record ProductName(String value) {

    public static final int MAX_LENGTH = 200;

    public ProductName {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty() || stripped.codePointCount(0, stripped.length()) > MAX_LENGTH) {
            throw ApplicationException.invalid("name", "must be 1 to " + MAX_LENGTH + " characters");
        }
        if (stripped.codePoints().anyMatch(Character::isISOControl)) {
            throw ApplicationException.invalid("name", "must not contain control characters");
        }
        if (stripped.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            throw ApplicationException.invalid("name", "must be 1 to " + MAX_LENGTH + " characters"); // e.g. only no-break spaces
        }
        value = stripped;
    }

    public static ProductName of(String raw) {
        return new ProductName(raw);
    }
}
