package dev.bazaar.store.domain.product;

import dev.bazaar.platform.error.ApplicationException;

import java.util.regex.Pattern;

/** A seller's stock-keeping unit: 1 to 64 characters of A-Z, a-z, 0-9, '-', '_', '.'; unique within a store. */
public record Sku(String value) {

    public static final int MAX_LENGTH = 64;
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_LENGTH + "}");

    public Sku {
        if (value == null || !ALLOWED.matcher(value).matches()) {
            throw ApplicationException.invalid("sku", "must be 1 to " + MAX_LENGTH + " characters of A-Z, a-z, 0-9, '-', '_', '.'");
        }
    }

    public static Sku of(String raw) {
        return new Sku(raw == null ? null : raw.strip());
    }
}
