package dev.bazaar.store.application;

import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.Violations;
import dev.bazaar.platform.events.Outbox;
import dev.bazaar.platform.events.OutboxEvent;
import dev.bazaar.platform.security.Caller;
import dev.bazaar.store.application.port.out.Stores;
import dev.bazaar.store.application.port.out.UserCopies;
import dev.bazaar.store.domain.store.Store;
import dev.bazaar.store.domain.store.StoreDescription;
import dev.bazaar.store.domain.store.StoreName;
import dev.bazaar.store.domain.store.StoreOpened;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * Use case: a seller opens a store. The store and its {@code StoreOpened} event are stored in one
 * transaction.
 *
 * <p>Who is a seller: the verified access token's roles decide (a token lives 15 minutes and is
 * signed by auth-service, the owner of users), so a seller who just signed up can open a store
 * before {@code UserRegistered} has reached store-service. The user copy kept from auth's events
 * can only take the right away: a copy that says the account is deactivated refuses the caller
 * (PERMISSION_DENIED, ACCOUNT_DEACTIVATED) even while the token is still valid.
 */
@ApplicationScoped
public class OpenStore {

    public record Command(String name, String description) {
    }

    private final Stores stores;
    private final UserCopies users;
    private final Outbox outbox;
    private final Clock clock;

    @Inject
    public OpenStore(Stores stores, UserCopies users, Outbox outbox, Clock clock) {
        this.stores = stores;
        this.users = users;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Store open(Caller caller, Command command) {
        caller.requireAnyRole(Caller.SELLER);
        var violations = new Violations();
        StoreName name = violations.check(() -> StoreName.of(command.name()));
        StoreDescription description = violations.check(() -> StoreDescription.of(command.description()));
        violations.throwIfAny();
        StoreAccess.requireActiveAccount(users, caller);

        if (stores.ownerHasOpenNamed(caller.userId(), name, null)) {
            throw nameTaken();
        }
        Store.Opening opening = Store.open(caller.userId(), name, description, StoreAccess.now(clock));
        stores.add(opening.store());
        StoreOpened event = opening.event();
        outbox.record(OutboxEvent.of("store", event.storeId(), StoreOpened.TYPE, event));
        return opening.store();
    }

    public static ApplicationException nameTaken() {
        return ApplicationException.alreadyExists("duplicate", "You already have an open store of this name.");
    }
}
