package dev.bazaar.store.application;

import dev.bazaar.store.application.port.out.UserCopies;
import dev.bazaar.store.domain.user.UserCopy;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The copy of users follows auth-service's events, and never goes back in time. */
class KeepUserCopiesTest {

    private static final Instant TEN = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant ELEVEN = Instant.parse("2026-11-25T11:00:00Z");

    private final Map<String, UserCopy> table = new HashMap<>();
    private final KeepUserCopies keep = new KeepUserCopies(new UserCopies() {
        @Override
        public Optional<UserCopy> byId(String userId) {
            return Optional.ofNullable(table.get(userId));
        }

        @Override
        public void save(UserCopy copy) {
            table.put(copy.userId(), copy);
        }
    });

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
