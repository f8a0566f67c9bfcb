package dev.bazaar.auth.domain.session;

import java.util.Objects;

/** The stored form of a refresh token: its SHA-256 in hex. */
public record RefreshTokenHash(String hex) {

    public RefreshTokenHash {
        Objects.requireNonNull(hex, "hex");
    }
}
