package dev.bazaar.auth.domain.user;

import dev.bazaar.platform.error.ApplicationException;

/**
 * A password as the user typed it, checked against the policy, held only until it is hashed.
 * The policy follows NIST SP 800-63B: length matters, composition rules do not. Its
 * {@code toString} never shows the password.
 */
public final class Password {

    static final String FIELD = "password";
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final String value;

    private Password(String value) {
        this.value = value;
    }

    /** Checks the policy; {@code email} is the account's, which the password must not equal. */
    public static Password of(String raw, EmailAddress email) {
        if (raw == null || raw.isEmpty()) {
            throw ApplicationException.invalid(FIELD, "must not be empty");
        }
        int length = raw.codePointCount(0, raw.length());
        if (length < MIN_LENGTH) {
            throw ApplicationException.invalid(FIELD, "must be at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH) {
            throw ApplicationException.invalid(FIELD, "must be at most " + MAX_LENGTH + " characters");
        }
        if (raw.isBlank()) {
            throw ApplicationException.invalid(FIELD, "must not be only spaces");
        }
        if (email != null && raw.trim().equalsIgnoreCase(email.value())) {
            throw ApplicationException.invalid(FIELD, "must not be the email address");
        }
        return new Password(raw);
    }

    /** The plain text, for the hasher only. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "Password[hidden]";
    }
}
