package dev.bazaar.store.application;

import dev.bazaar.store.application.port.out.UserCopies;
import dev.bazaar.store.domain.user.UserCopy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Set;

/**
 * Use case: keep the copy of users current from auth-service's events. Runs inside the
 * consumer's transaction (with the inbox claim), so each event is applied once. Events of one
 * user arrive in order (same Kafka key), and an event older than the copy is ignored anyway, so
 * a replay of the topic changes nothing.
 */
@ApplicationScoped
public class KeepUserCopies {

    private final UserCopies copies;

    @Inject
    public KeepUserCopies(UserCopies copies) {
        this.copies = copies;
    }

    public void registered(String userId, String displayName, Set<String> roles, Instant occurredAt) {
        if (copies.byId(userId).filter(copy -> !copy.asOf().isBefore(occurredAt)).isPresent()) {
            return;
        }
        copies.save(new UserCopy(userId, displayName, roles, true, occurredAt));
    }

    public void deactivated(String userId, Instant occurredAt) {
        copies.byId(userId)
                .filter(copy -> copy.asOf().isBefore(occurredAt))
                .ifPresent(copy -> copies.save(copy.deactivated(occurredAt)));
    }
}
