package dev.bazaar.store.domain.store;

import dev.bazaar.platform.error.ApplicationException;

import java.util.Locale;

/**
 * A store's shown name: 1 to 100 characters after trimming (as bazaar.store.v1 documents), no
 * control characters (as a user's display name).
 * Unique among one owner's open stores, compared case-insensitively ({@link #key()}).
 */
public record StoreName(String value) {

    public static final int MAX_LENGTH = 100;

    public StoreName {
        if (value == null || value.isBlank() || value.strip().codePointCount(0, value.strip().length()) > MAX_LENGTH) {
            throw ApplicationException.invalid("name", "must be 1 to " + MAX_LENGTH + " characters");
        }
        if (value.strip().codePoints().anyMatch(Character::isISOControl)) {
            throw ApplicationException.invalid("name", "must not contain control characters");
        }
        if (value.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            throw ApplicationException.invalid("name", "must be 1 to " + MAX_LENGTH + " characters"); // e.g. only no-break spaces
        }
        value = value.strip();
    }

    public static StoreName of(String raw) {
        return new StoreName(raw);
    }

    /** What two names are compared by: equal keys are the same name. */
    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }
}
