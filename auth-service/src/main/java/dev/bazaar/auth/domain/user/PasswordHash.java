package dev.bazaar.auth.domain.user;

import java.util.Objects;

/** A password hash in its encoded form (algorithm, parameters, salt and hash in one string). */
public record PasswordHash(String encoded) {

    public PasswordHash {
        Objects.requireNonNull(encoded, "encoded");
    }

    @Override
    public String toString() {
        return "PasswordHash[hidden]";
    }
}
