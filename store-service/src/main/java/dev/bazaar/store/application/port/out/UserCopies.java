package dev.bazaar.store.application.port.out;

import dev.bazaar.store.domain.user.UserCopy;

import java.util.Optional;

/** store-service's copies of users. */
public interface UserCopies {

    Optional<UserCopy> byId(String userId);

    /** Inserts or replaces the copy. */
    void save(UserCopy copy);
}
