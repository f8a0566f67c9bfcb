package dev.bazaar.store.domain.user;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What store-service knows of a user, kept from auth-service's events: enough to tell a seller
 * from a customer and an active account from a closed one.
 *
 * @param asOf when the last applied change happened; older events never overwrite newer state
 */
public record UserCopy(String userId, String displayName, Set<String> roles, boolean active, Instant asOf) {

    public UserCopy {
        Objects.requireNonNull(userId, "userId");
        roles = Set.copyOf(roles);
    }

    public boolean isActiveSeller() {
        return active && roles.contains("seller");
    }

    /** The copy after a deactivation that happened at {@code when}. */
    public UserCopy deactivated(Instant when) {
        return new UserCopy(userId, displayName, roles, false, when);
    }
}
