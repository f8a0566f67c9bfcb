package dev.bazaar.store.application;

import dev.bazaar.store.application.port.out.Stores;
import dev.bazaar.store.application.port.out.UserCopies;
import dev.bazaar.store.domain.store.Store;
import dev.bazaar.store.domain.user.UserCopy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Use case: keep the copy of users current from auth-service's events. Runs inside the
 * consumer's transaction (with the inbox claim), so each event is applied once. Events of one
 * user arrive in order (same Kafka key), and an event older than the copy is ignored anyway, so
 * a replay of the topic changes nothing.
 *
 * <p>A deactivated seller's open stores close with the deactivation: their products can no longer
 * be ordered (reservations already held still complete or are released by their orders).
 */
@ApplicationScoped
public class KeepUserCopies {

    private static final Logger LOG = Logger.getLogger(KeepUserCopies.class.getName());
    private static final int BATCH = 100;

    private final UserCopies copies;
    private final Stores stores;
    private final Clock clock;

    @Inject
    public KeepUserCopies(UserCopies copies, Stores stores, Clock clock) {
        this.copies = copies;
        this.stores = stores;
        this.clock = clock;
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
        closeStoresOf(userId);
    }

    private void closeStoresOf(String ownerId) {
        List<Store> open;
        do {
            open = stores.page(null, ownerId, false, BATCH);
            for (Store store : open) {
                Store locked = stores.byIdForUpdate(store.id()).orElseThrow();
                if (locked.isOpen()) {
                    locked.close(StoreAccess.now(clock));
                    stores.update(locked);
                    LOG.info(() -> "Store " + locked.id() + " closed: its owner " + ownerId + " was deactivated");
                }
            }
        } while (open.size() == BATCH);
    }
}
