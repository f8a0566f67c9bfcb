package dev.bazaar.auth.domain.user;

import dev.bazaar.platform.error.ApplicationException;

/** Why an account was deactivated, for the audit trail and the event: 1 to 500 characters. */
public record DeactivationReason(String value) {

    static final String FIELD = "reason";
    private static final int MAX_LENGTH = 500;

    public DeactivationReason {
        if (value == null || value.isBlank()) {
            throw ApplicationException.invalid(FIELD, "must not be empty");
        }
        value = value.strip();
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw ApplicationException.invalid(FIELD, "must be at most " + MAX_LENGTH + " characters");
        }
    }

    public static DeactivationReason of(String raw) {
        return new DeactivationReason(raw);
    }
}
