package dev.bazaar.auth.domain.user;

import java.util.Locale;

/** What a user may do. Self-registration gives CUSTOMER or SELLER; ADMIN is granted, never chosen. */
public enum Role {
    CUSTOMER, SELLER, ADMIN;

    /** The name used in tokens, events and the REST API: {@code customer}, {@code seller}, {@code admin}. */
    public String claim() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isSelfRegistrable() {
        return this != ADMIN;
    }
}
