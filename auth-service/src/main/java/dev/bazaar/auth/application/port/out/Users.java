package dev.bazaar.auth.application.port.out;

import dev.bazaar.auth.domain.user.EmailAddress;
import dev.bazaar.auth.domain.user.User;
import dev.bazaar.auth.domain.user.UserId;

import java.util.Optional;

/** Where users are kept. */
public interface Users {

    Optional<User> byId(UserId id);

    Optional<User> byEmail(EmailAddress email);

    /**
     * Adds a new user.
     *
     * @throws dev.bazaar.platform.error.ApplicationException ALREADY_EXISTS when the email is taken,
     *                                                        also when a concurrent registration won
     */
    void add(User user);
}
