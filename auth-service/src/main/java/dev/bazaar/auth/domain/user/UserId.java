package dev.bazaar.auth.domain.user;

import dev.bazaar.platform.error.ApplicationException;

import java.util.UUID;

/** A user's id: a UUID, also the {@code sub} of the user's tokens. */
public record UserId(UUID value) {

    public static UserId random() {
        return new UserId(UUID.randomUUID());
    }

    public static UserId of(String raw, String field) {
        try {
            return new UserId(UUID.fromString(raw == null ? "" : raw.trim()));
        } catch (IllegalArgumentException e) {
            throw ApplicationException.invalid(field, "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
