package dev.bazaar.store.application;

import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.security.Caller;
import dev.bazaar.store.application.port.out.UserCopies;
import dev.bazaar.store.domain.store.Store;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The authorization rules the store use cases share. */
final class StoreAccess {

    private StoreAccess() {
    }

    /** A deactivated account (per the copy kept from auth's events) can no longer act. */
    static void requireActiveAccount(UserCopies users, Caller caller) {
        if (users.byId(caller.userId()).filter(copy -> !copy.active()).isPresent()) {
            throw ApplicationException.permissionDenied("account-deactivated", "This account is deactivated.");
        }
    }

    /** Only the store's owner or an admin changes a store. */
    static void requireOwnerOrAdmin(Caller caller, Store store) {
        if (!store.isOwnedBy(caller.userId()) && !caller.isAdmin()) {
            throw ApplicationException.permissionDenied("not-owner", "Only the store's owner may change it.");
        }
    }

    /** Products change only in an open store. */
    static void requireOpen(Store store) {
        if (!store.isOpen()) {
            throw ApplicationException.businessRule("business-rule-violated", "The store is closed: its products cannot change.");
        }
    }

    /** Now, to the microsecond the database keeps: what a change returns is what a read returns later. */
    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
