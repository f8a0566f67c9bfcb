package dev.bazaar.store.application;

import dev.bazaar.store.application.port.out.Stores;
import dev.bazaar.store.application.port.out.UserCopies;
import dev.bazaar.store.domain.store.Store;
import dev.bazaar.store.domain.store.StoreDescription;
import dev.bazaar.store.domain.store.StoreId;
import dev.bazaar.store.domain.store.StoreName;
import dev.bazaar.store.domain.user.UserCopy;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The copy of users follows auth-service's events, and never goes back in time; a deactivated seller's stores close. */
class KeepUserCopiesTest {

    private static final Instant TEN = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant ELEVEN = Instant.parse("2026-11-25T11:00:00Z");

    private final Map<String, UserCopy> table = new HashMap<>();
    private final Map<StoreId, Store> storeTable = new LinkedHashMap<>();
    private final KeepUserCopies keep = new KeepUserCopies(new UserCopies() {
        @Override
        public Optional<UserCopy> byId(String userId) {
            return Optional.ofNullable(table.get(userId));
        }

        @Override
        public void save(UserCopy copy) {
            table.put(copy.userId(), copy);
        }
    }, new InMemoryStores(), Clock.fixed(ELEVEN, ZoneOffset.UTC));

    @Test
    void aDeactivatedSellersOpenStoresClose() {
        Store first = open("u1", "First");
        Store second = open("u1", "Second");
        Store others = open("u2", "Other's");
        keep.registered("u1", "Sam", Set.of("seller"), TEN);

        keep.deactivated("u1", ELEVEN);

        assertThat(storeTable.get(first.id()).isOpen()).isFalse();
        assertThat(storeTable.get(second.id()).isOpen()).isFalse();
        assertThat(storeTable.get(second.id()).updatedAt()).isEqualTo(ELEVEN);
        assertThat(storeTable.get(others.id()).isOpen()).isTrue();
        keep.deactivated("u1", ELEVEN);
        assertThat(storeTable.values()).filteredOn(Store::isOpen).containsExactly(storeTable.get(others.id()));
    }

    private Store open(String owner, String name) {
        Store store = Store.open(owner, StoreName.of(name), StoreDescription.of(""), TEN).store();
        storeTable.put(store.id(), store);
        return store;
    }

    /** Stores in a map, as far as the use case needs them. */
    private final class InMemoryStores implements Stores {
        @Override
        public Optional<Store> byId(StoreId id) {
            return Optional.ofNullable(storeTable.get(id));
        }

        @Override
        public Optional<Store> byIdForUpdate(StoreId id) {
            return byId(id);
        }

        @Override
        public boolean ownerHasOpenNamed(String ownerId, StoreName name, StoreId except) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void add(Store store) {
            storeTable.put(store.id(), store);
        }

        @Override
        public void update(Store store) {
            storeTable.put(store.id(), store);
        }

        @Override
        public List<Store> page(Position after, String ownerId, boolean includeClosed, int limit) {
            return storeTable.values().stream()
                    .filter(store -> store.ownerId().equals(ownerId) && (includeClosed || store.isOpen()))
                    .limit(limit)
                    .toList();
        }
    }

    @Test
    void aRegisteredSellerIsAnActiveSeller() {
        keep.registered("u1", "Sam", Set.of("seller"), TEN);

        assertThat(table.get("u1").isActiveSeller()).isTrue();
    }

    @Test
    void aDeactivatedSellerIsNoLongerAnActiveSeller() {
        keep.registered("u1", "Sam", Set.of("seller"), TEN);
        keep.deactivated("u1", ELEVEN);

        assertThat(table.get("u1")).isEqualTo(new UserCopy("u1", "Sam", Set.of("seller"), false, ELEVEN));
    }

    @Test
    void anOlderRegistrationArrivingLateChangesNothing() {
        keep.registered("u1", "Sam", Set.of("seller"), TEN);
        keep.deactivated("u1", ELEVEN);
        keep.registered("u1", "Sam", Set.of("seller"), TEN);

        assertThat(table.get("u1").active()).isFalse();
    }

    @Test
    void aDeactivationOfAnUnknownUserIsIgnored() {
        keep.deactivated("ghost", ELEVEN);

        assertThat(table).isEmpty();
    }

    @Test
    void aCustomerIsNoSeller() {
        keep.registered("u2", "Kim", Set.of("customer"), TEN);

        assertThat(table.get("u2").isActiveSeller()).isFalse();
    }
}
