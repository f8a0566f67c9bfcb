package dev.bazaar.store.application;

import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.Violations;
import dev.bazaar.platform.security.Caller;
import dev.bazaar.store.application.port.out.Stores;
import dev.bazaar.store.application.port.out.UserCopies;
import dev.bazaar.store.domain.store.Store;
import dev.bazaar.store.domain.store.StoreId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * Use case: the owner (or an admin) closes a store for good. The reason goes to the log (the audit
 * trail); no event, as api/events has no schema for one yet.
 */
@ApplicationScoped
public class CloseStore {

    private static final Logger LOG = Logger.getLogger(CloseStore.class.getName());
    private static final int MAX_REASON = 500;

    private final Stores stores;
    private final UserCopies users;
    private final Clock clock;

    @Inject
    public CloseStore(Stores stores, UserCopies users, Clock clock) {
        this.stores = stores;
        this.users = users;
        this.clock = clock;
    }

    @Transactional
    public Store close(Caller caller, String rawId, String rawReason) {
        caller.requireSignedIn();
        var violations = new Violations();
        StoreId id = violations.check(() -> StoreId.of(rawId, "id"));
        String reason = rawReason == null ? "" : rawReason.strip();
        if (reason.length() > MAX_REASON) {
            violations.add("reason", "must be at most " + MAX_REASON + " characters");
        }
        violations.throwIfAny();
        StoreAccess.requireActiveAccount(users, caller);

        Store store = stores.byIdForUpdate(id).orElseThrow(() -> ApplicationException.notFound("Store", id));
        StoreAccess.requireOwnerOrAdmin(caller, store);
        store.close(StoreAccess.now(clock));
        stores.update(store);
        LOG.info(() -> "Store " + id + " closed by " + caller.userId() + (reason.isEmpty() ? "" : ": " + reason));
        return store;
    }
}
