package dev.bazaar.auth.application.port.out;

import dev.bazaar.auth.domain.user.Password;
import dev.bazaar.auth.domain.user.PasswordHash;

/** Hashes and verifies passwords with a slow, salted, memory-hard algorithm. */
public interface PasswordHasher {

    PasswordHash hash(Password password);

    /** Constant-time with respect to the password; false for any mismatch. */
    boolean matches(String candidate, PasswordHash hash);
}
