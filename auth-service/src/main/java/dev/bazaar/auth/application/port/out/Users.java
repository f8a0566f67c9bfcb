package dev.bazaar.auth.application.port.out;

import dev.bazaar.auth.domain.user.EmailAddress;
import dev.bazaar.auth.domain.user.Role;
import dev.bazaar.auth.domain.user.User;
import dev.bazaar.auth.domain.user.UserId;

import java.time.Instant;
import java.util.List;
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

    /** Stores a change of an existing user (deactivation). */
    void update(User user);

    /**
     * Users in registration order (created_at, then id), after {@code after} when given, having
     * {@code role} when given; at most {@code limit}.
     */
    List<User> page(Position after, Role role, int limit);

    /** Where a page ends: the last user's registration time and id. */
    record Position(Instant createdAt, UserId id) {
    }
}
