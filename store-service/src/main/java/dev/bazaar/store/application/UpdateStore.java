package dev.bazaar.store.application;

import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.Violations;
import dev.bazaar.platform.security.Caller;
import dev.bazaar.store.application.port.out.Stores;
import dev.bazaar.store.application.port.out.UserCopies;
import dev.bazaar.store.domain.store.Store;
import dev.bazaar.store.domain.store.StoreDescription;
import dev.bazaar.store.domain.store.StoreId;
import dev.bazaar.store.domain.store.StoreName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * Use case: the owner (or an admin) renames a store or changes its description. No event: there
 * is no schema for one in api/events yet (StoreOpened only).
 */
@ApplicationScoped
public class UpdateStore {

    /** {@code name}, {@code description} null to keep the current value; at least one is set. */
    public record Command(String id, String name, String description) {
    }

    private final Stores stores;
    private final UserCopies users;
    private final Clock clock;

    @Inject
    public UpdateStore(Stores stores, UserCopies users, Clock clock) {
        this.stores = stores;
        this.users = users;
        this.clock = clock;
    }

    @Transactional
    public Store update(Caller caller, Command command) {
        caller.requireSignedIn();
        var violations = new Violations();
        StoreId id = violations.check(() -> StoreId.of(command.id(), "id"));
        StoreName name = command.name() == null ? null : violations.check(() -> StoreName.of(command.name()));
        StoreDescription description = command.description() == null ? null
                : violations.check(() -> StoreDescription.of(command.description()));
        if (command.name() == null && command.description() == null) {
            violations.add("name", "set name or description (or both)");
        }
        violations.throwIfAny();
        StoreAccess.requireActiveAccount(users, caller);

        Store store = stores.byIdForUpdate(id).orElseThrow(() -> ApplicationException.notFound("Store", id));
        StoreAccess.requireOwnerOrAdmin(caller, store);
        store.update(name, description, StoreAccess.now(clock));
        if (name != null && stores.ownerHasOpenNamed(store.ownerId(), name, store.id())) {
            throw OpenStore.nameTaken();
        }
        stores.update(store);
        return store;
    }
}
