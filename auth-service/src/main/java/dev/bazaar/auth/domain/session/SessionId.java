package dev.bazaar.auth.domain.session;

import java.util.UUID;

/** A session's id: one login, the family of every refresh token rotated from it. */
public record SessionId(UUID value) {

    public static SessionId random() {
        return new SessionId(UUID.randomUUID());
    }

    public static SessionId of(String raw) {
        return new SessionId(UUID.fromString(raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
