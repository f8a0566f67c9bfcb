package dev.bazaar.store.domain.store;

import dev.bazaar.platform.error.ApplicationException;

/** A store's shown description: at most 2000 characters, may be empty. */
public record StoreDescription(String value) {

    public static final int MAX_LENGTH = 2000;

    public StoreDescription {
        value = value == null ? "" : value.strip();
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw ApplicationException.invalid("description", "must be at most " + MAX_LENGTH + " characters");
        }
    }

    public static StoreDescription of(String raw) {
        return new StoreDescription(raw);
    }
}
