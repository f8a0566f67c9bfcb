package dev.bazaar.auth.domain.user;

import dev.bazaar.platform.error.ApplicationException;

import java.util.Locale;
import java.util.regex.Pattern;

/** A login email, compared case-insensitively: kept trimmed and lower-cased. */
public record EmailAddress(String value) {

    static final String FIELD = "email";
    private static final int MAX_LENGTH = 254;
    // Deliberately simple: one @, no spaces, a dot in the domain. Deliverability is not our check.
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw ApplicationException.invalid(FIELD, "must not be empty");
        }
        value = value.trim().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH) {
            throw ApplicationException.invalid(FIELD, "must be at most " + MAX_LENGTH + " characters");
        }
        if (!SHAPE.matcher(value).matches()) {
            throw ApplicationException.invalid(FIELD, "must be an email address like name@example.org");
        }
    }

    public static EmailAddress of(String raw) {
        return new EmailAddress(raw);
    }

    @Override
    public String toString() {
        return value;
    }
}
