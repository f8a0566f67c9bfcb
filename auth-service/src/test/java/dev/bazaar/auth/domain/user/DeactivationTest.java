package dev.bazaar.auth.domain.user;

import dev.bazaar.platform.error.ApplicationException;
import dev.bazaar.platform.error.ErrorKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How an account ends: once, with a reason, announced. */
class DeactivationTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void aDeactivatedAccountIsInactiveFromThenOnAndTheDeactivationIsAnnounced() {
        User user = seller();
        UserId admin = UserId.random();

        UserDeactivated event = user.deactivate(admin, DeactivationReason.of("  Fraudulent listings "), NOW);

        assertThat(user.isActive()).isFalse();
        assertThat(user.deactivatedAt()).isEqualTo(NOW);
        assertThat(event).isEqualTo(new UserDeactivated(user.id().toString(), "Fraudulent listings", admin.toString(), NOW));
    }

    @Test
    void deactivatingTwiceIsAnIllegalTransitionNotASilentNoOp() {
        User user = seller();
        user.deactivate(user.id(), DeactivationReason.of("Leaving"), NOW);

        assertThatThrownBy(() -> user.deactivate(user.id(), DeactivationReason.of("Again"), NOW.plusSeconds(1)))
                .isInstanceOfSatisfying(ApplicationException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                    assertThat(e.code()).isEqualTo("illegal-transition");
                });
        assertThat(user.deactivatedAt()).isEqualTo(NOW);
    }

    @Test
    void aReasonHoldsOneToFiveHundredCharacters() {
        assertThat(DeactivationReason.of("x".repeat(500)).value()).hasSize(500);
        assertThatThrownBy(() -> DeactivationReason.of(" ")).isInstanceOf(ApplicationException.class);
        assertThatThrownBy(() -> DeactivationReason.of("x".repeat(501))).isInstanceOf(ApplicationException.class);
    }

    @Test
    void theFirstAdminIsGrantedTheAdminRoleAndAnnouncedAsSuch() {
        var registration = User.bootstrapAdmin(EmailAddress.of("root@example.org"), DisplayName.of("Admin"),
                new PasswordHash("$argon2id$..."), NOW);

        assertThat(registration.user().roles()).containsExactly(Role.ADMIN);
        assertThat(registration.event().roles()).containsExactly("admin");
    }

    private static User seller() {
        return User.register(EmailAddress.of("ada@example.org"), DisplayName.of("Ada"), Role.SELLER,
                new PasswordHash("$argon2id$..."), NOW).user();
    }
}
