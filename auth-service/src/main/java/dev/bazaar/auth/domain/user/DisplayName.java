package dev.bazaar.auth.domain.user;

import dev.bazaar.platform.error.ApplicationException;

/** The name other users see: 1 to 100 characters, trimmed, no control characters. */
public record DisplayName(String value) {

    static final String FIELD = "display_name";
    private static final int MAX_LENGTH = 100;

    public DisplayName {
        if (value == null || value.isBlank()) {
            throw ApplicationException.invalid(FIELD, "must not be empty");
        }
        value = value.strip();
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw ApplicationException.invalid(FIELD, "must be at most " + MAX_LENGTH + " characters");
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            throw ApplicationException.invalid(FIELD, "must not contain control characters");
        }
    }

    public static DisplayName of(String raw) {
        return new DisplayName(raw);
    }
}
